import HandoffCore

/// Imports the rows of one kind of file (leads, campaigns, members) inside the transaction
/// `ImportRun` holds; the run does the file, the rejects, the progress and the commit.
protocol ImportRowHandler: AnyObject {
    /// Imports one data row, or only checks it when `writing` is false (once a row is rejected and
    /// the import will be refused, the rest are checked so that every problem is reported at once).
    func importRow(_ parsed: inout ParsedRecord, writing: Bool, problems: inout [ImportProblem], report: inout ImportReport) throws
        -> ImportOutcome
    /// Work left for the end of a committed import (indexes, totals).
    func finish() throws
}
