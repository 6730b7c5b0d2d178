extension EventKind {
    static let names: [String: StringKey] = [
        created: .eventCreated, moved: .eventMoved, handedOff: .eventHandedOff, accepted: .eventAccepted, rejected: .eventRejected,
        won: .eventWon, lost: .eventLost, note: .eventNote, edited: .eventEdited, undone: .eventUndone,
    ]

    /// An event kind as people say it; a kind this version does not know is shown as stored.
    public static func name(_ kind: String, _ strings: Strings) -> String {
        names[kind].map { strings($0) } ?? kind
    }
}
