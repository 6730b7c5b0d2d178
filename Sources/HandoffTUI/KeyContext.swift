/// Where a key is pressed: the same key may mean different things on the board and in a panel.
public enum KeyContext: String, Sendable {
    case board
    case detail
    case help
}
