/// Refusals of a form, by field name: each is shown beside its field.
public struct FieldErrors: Error, Sendable, Equatable {
    public var messages: [String: Message]

    public init(_ messages: [String: Message]) {
        self.messages = messages
    }

    /// One sentence for places without fields (the command line, a status line).
    public var summary: Message {
        Message(
            joining: LeadDraft.fieldNames.compactMap { name in messages[name].map { Message(.labelAndValue, "\(name)", "\($0)") } },
            separator: "; ")
    }
}
