import HandoffCore

extension Store {
    /// The one way a file gets into the board, for `handoff import` and `:import` alike: every
    /// kind, every check, one transaction. With rejected rows nothing is written unless
    /// `skipBadRows`; a dry run writes nothing at all. Permission checks for imports belong here.
    public func importCSV(
        at path: String, options: ImportOptions, actor: String, now: Int64 = Timestamp.now(),
        progress: ((ImportProgress) -> Void)? = nil
    ) throws -> ImportReport {
        if readOnly { throw HandoffError.notPermitted(Message(.thisBoardIsOpenReadOnly)) }
        return try ImportRun(store: self, path: path, options: options, actor: actor, now: now, progress: progress).run()
    }
}
