import HandoffCore

/// A record of an imported file as the reading thread hands it over: the record itself (for the
/// rejects file and the simple kinds) and, for leads and deals, the row read and checked, with the
/// lead it makes when it is new.
struct ParsedRecord: Sendable {
    var record: CSVRecord
    var row: LeadRow?
    var newLead: Lead?
    /// Values `LeadRow.newLead` keeps as attributes besides the row's own.
    var extra: [LeadAttribute] = []
    var problems: [ImportProblem] = []
}
