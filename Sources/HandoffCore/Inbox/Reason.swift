/// One entry of a reason list kept in the database: why sales rejected a handoff, or why a deal
/// was lost. Events store the code; people read the label.
public struct Reason: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case reject
        case lost
    }

    public var kind: Kind
    public var code: String
    public var label: String

    public init(kind: Kind, code: String, label: String) {
        self.kind = kind
        self.code = code
        self.label = label
    }
}
