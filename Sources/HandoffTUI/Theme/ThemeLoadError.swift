/// Why a theme could not be used, ready to show: the board then keeps (or falls back to) the default.
public struct ThemeLoadError: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
