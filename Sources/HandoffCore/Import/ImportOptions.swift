/// How to read a file for `handoff import` and `:import`. The option texts are kept as typed and
/// checked against the file when the import starts, so both front ends report them the same way.
public struct ImportOptions: Sendable, Equatable {
    public var kind: ImportKind
    /// `--kind` was given: a leads file is then never read as deals because its columns are a deals export's.
    public var kindGiven: Bool
    /// `--map`: `field=Column,field=Column`.
    public var map: String?
    /// `--name`: a template such as `{product} for {account}` that builds each lead's name.
    public var name: String?
    /// `--stage-map`: `Value=stage,Value=stage`.
    public var stageMap: String?
    /// `--date-format`: a pattern such as `dd/MM/yyyy`.
    public var dateFormat: String?
    /// `--delimiter`: one character, or `tab`; detected from the header when nil.
    public var delimiter: String?
    public var decimalComma: Bool
    /// Import the good rows even when some are rejected.
    public var skipBadRows: Bool
    /// Import leads whose owner is not a member (and may not be added by whoever imports) without
    /// that owner, instead of refusing their rows.
    public var skipUnknownOwners: Bool
    /// Check everything and report, then write nothing.
    public var dryRun: Bool
    /// Where to write the rejected rows as CSV.
    public var rejectsPath: String?
    /// `--kind activity`: make a lead of each email the board does not know, instead of refusing its rows.
    public var createLeads: Bool

    public init(
        kind: ImportKind = .leads, kindGiven: Bool = false, map: String? = nil, name: String? = nil, stageMap: String? = nil,
        dateFormat: String? = nil, delimiter: String? = nil,
        decimalComma: Bool = false, skipBadRows: Bool = false, skipUnknownOwners: Bool = false, dryRun: Bool = false,
        rejectsPath: String? = nil,
        createLeads: Bool = false
    ) {
        self.kind = kind
        self.kindGiven = kindGiven
        self.map = map
        self.name = name
        self.stageMap = stageMap
        self.dateFormat = dateFormat
        self.delimiter = delimiter
        self.decimalComma = decimalComma
        self.skipBadRows = skipBadRows
        self.skipUnknownOwners = skipUnknownOwners
        self.dryRun = dryRun
        self.rejectsPath = rejectsPath
        self.createLeads = createLeads
    }

    /// The delimiter byte, or nil to detect it. `tab` and `\t` name the tab.
    public func delimiterByte() throws(HandoffError) -> UInt8? {
        guard let delimiter else { return nil }
        if delimiter == "tab" || delimiter == "\\t" || delimiter == "\t" { return UInt8(ascii: "\t") }
        let bytes = Array(delimiter.utf8)
        guard bytes.count == 1, bytes[0] != UInt8(ascii: "\""), bytes[0] != UInt8(ascii: "\n"), bytes[0] != UInt8(ascii: "\r") else {
            throw .invalidInput(Message(.delimiterTakesOneCharacter, "\(delimiter)"))
        }
        return bytes[0]
    }
}
