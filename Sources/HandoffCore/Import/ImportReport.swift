/// What an import did, or would do (a dry run), or why it did nothing (rejected rows).
public struct ImportReport: Sendable, Equatable {
    public var kind: ImportKind
    public var file: String
    public var delimiter: UInt8 = UInt8(ascii: ",")
    /// One line per column: what it was read into.
    public var mapping: [Message] = []
    public var rows = 0
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
    /// The first rejects, for the screen; all of them go to the rejects file.
    public var rejects: [ImportReject] = []
    /// The problems by kind (column and reason), in the order they were first met: how many rows
    /// had each and the first few of them, so that a thousand rows with one mistake read as one.
    public var problemGroups: [ProblemGroup] = []
    /// The options that would get the rejected rows in, in the order they were first needed.
    public var fixes: [String] = []
    /// What each column of the file was read into: `(column, field)` for the columns that fill a
    /// field, and the names of those kept as attributes.
    public var fieldColumns: [FieldColumn] = []
    public var attributeColumns: [String] = []
    /// Stage values the board did not know, with how many rows had each.
    public var unknownStages: [String: Int] = [:]
    /// Owners and campaigns named in the file that the import added, as `login (Name)` / `id (Name)`.
    public var createdOwners: [String] = []
    public var createdCampaigns: [String] = []
    /// False on a board without a team: the new owners are kept on the leads, not added as members.
    public var ownersJoinTeam = true
    /// Owners left off their leads by `--skip-unknown-owners`, with how many rows named each.
    public var skippedOwners: [String: Int] = [:]
    public var events = 0
    /// New leads whose rows had no date at all: created at the import's time, counted in no
    /// figure by period.
    public var undated = 0
    /// `--kind activity`: leads made for emails the board did not have (`--create-leads`), and
    /// leads whose score the new activity changed.
    public var createdLeads = 0
    public var rescoredLeads = 0
    /// The currency the file's amounts are in, made the board's (a board that never had one).
    public var adoptedCurrency: String?
    /// Date columns read in the one order all their dates fit, with no `--date-format`.
    public var dateReadings: [DateReading] = []

    /// A date column and the pattern its dates were read with: the one order they all fit, as a
    /// date such as `example` (`18-03-17` has no month 18) shows.
    public struct DateReading: Sendable, Equatable {
        public let column: String
        public let pattern: String
        public let example: String

        public init(column: String, pattern: String, example: String) {
            self.column = column
            self.pattern = pattern
            self.example = example
        }

        /// The reading as the import report and the `:import` preview say it.
        public var line: Message {
            example.isEmpty
                ? Message(.datesOfReadAs, "\(column)", "\(pattern)")
                : Message(.datesOfReadAsThe, "\(column)", "\(pattern)", "\(example)")
        }
    }
    public var dryRun = false
    /// True once the import is in the database.
    public var committed = false
    public var seconds = 0.0

    /// How many rejects the report keeps; the count and the rejects file have them all.
    public static let rejectsShown = 100
    /// How many rows each kind of problem shows.
    public static let examplesShown = 3

    /// One kind of problem: a column and a reason (whatever the values in it), with its rows.
    public struct ProblemGroup: Sendable, Equatable {
        public let column: String
        public let template: String
        public var rows: Int
        public var examples: [ImportReject]
    }

    public struct FieldColumn: Sendable, Equatable {
        public let column: String
        public let field: String

        public init(column: String, field: String) {
            self.column = column
            self.field = field
        }
    }

    /// Counts one problem of a rejected row.
    public mutating func note(_ problem: ImportProblem, row: Int, line: Int) {
        let reject = ImportReject(row: row, line: line, column: problem.column, reason: problem.reason)
        if let index = problemGroups.firstIndex(where: { $0.column == problem.column && $0.template == problem.reason.template }) {
            problemGroups[index].rows += 1
            if problemGroups[index].examples.count < ImportReport.examplesShown { problemGroups[index].examples.append(reject) }
        } else {
            problemGroups.append(ProblemGroup(column: problem.column, template: problem.reason.template, rows: 1, examples: [reject]))
        }
        if let fix = problem.fix, !fixes.contains(fix) { fixes.append(fix) }
    }

    public init(kind: ImportKind, file: String) {
        self.kind = kind
        self.file = file
    }

    /// Nothing was written because rows were rejected and `--skip-bad-rows` was not given.
    public var refused: Bool { rejected > 0 && !committed && !dryRun }

    /// `--stage-map 'Engaging=STAGE,Signed=STAGE'` for the unknown stage values, most frequent first.
    public var suggestedStageMap: String? {
        guard !unknownStages.isEmpty else { return nil }
        let values = unknownStages.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        return "--stage-map '" + values.map { "\($0)=STAGE" }.joined(separator: ",") + "'"
    }

    public var rowsPerSecond: Int { seconds > 0 ? Int(Double(rows) / seconds) : 0 }
}
