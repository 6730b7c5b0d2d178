/// A new deal for an existing account, as a person asks for it: what kind of repeat business, a
/// name for it, its expected value and the rep who works it.
public struct DealDraft: Sendable, Equatable {
    public var kind: DealKind
    public var name: String
    public var value: Double?
    public var owner: String?

    public init(kind: DealKind, name: String, value: Double? = nil, owner: String? = nil) {
        self.kind = kind
        self.name = name
        self.value = value
        self.owner = owner
    }
}
