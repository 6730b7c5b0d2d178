import HandoffTUI

/// Keys as a person types them, for the view tests: letters one by one, `⏎` for Enter, `⎋` for Esc.
extension AppRuntime {
    public func type(_ keys: String) {
        for character in keys {
            switch character {
            case "⏎": send(.key(.enter))
            case "⎋": send(.key(.escape))
            default: send(.key(.character(character)))
            }
        }
    }

    /// The form on screen, if one is open.
    public var form: FormState? {
        guard case let .form(form) = state.overlay else { return nil }
        return form
    }
}
