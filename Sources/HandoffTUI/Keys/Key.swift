import HandoffCore

/// A key press, decoded from curses' codes so the rest of the app never sees them.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case resize

    /// How the key is written in help, in English: `j`, `Ctrl-R`, `Enter`, `←`.
    public var label: String { label(.english) }

    /// How the key is written in help, in the person's language: `Enter` / `Intro`.
    public func label(_ strings: Strings) -> String {
        switch self {
        case let .character(character): return character == " " ? strings(.keyNameSpace) : String(character)
        case let .control(character): return strings(.keyNameControl, String(character).uppercased())
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return strings(.keyNameHome)
        case .end: return strings(.keyNameEnd)
        case .pageUp: return strings(.keyNamePageUp)
        case .pageDown: return strings(.keyNamePageDown)
        case .enter: return strings(.keyNameEnter)
        case .escape: return strings(.keyNameEscape)
        case .tab: return strings(.keyNameTab)
        case .backTab: return strings(.keyNameBackTab)
        case .backspace: return strings(.keyNameBackspace)
        case .delete: return strings(.keyNameDelete)
        case .resize: return strings(.keyNameResize)
        }
    }
}
