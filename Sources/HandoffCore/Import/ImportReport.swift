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
    public var dryRun = false
    /// True once the import is in the database.
    public var committed = false
    public var seconds = 0.0

    /// How many rejects the report keeps; the count and the rejects file have them all.
    public static let rejectsShown = 100

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
