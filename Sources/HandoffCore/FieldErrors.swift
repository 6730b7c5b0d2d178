/// Refusals of a form, by field name: each is shown beside its field.
public struct FieldErrors: Error, Sendable, Equatable {
    public var messages: [String: String]

    public init(_ messages: [String: String]) {
        self.messages = messages
    }

    /// One sentence for places without fields (the command line, a status line).
    public var summary: String {
        LeadDraft.fieldNames.compactMap { name in messages[name].map { "\(name): \($0)" } }.joined(separator: "; ")
    }
}
