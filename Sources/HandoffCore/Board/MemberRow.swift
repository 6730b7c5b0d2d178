/// One row of a members file: who is on the team, and which team.
public struct MemberRow: Sendable, Equatable {
    public var login: String
    public var name: String
    public var team: String

    public static let teams = ["marketing", "sales", "success", "admin"]

    public var member: Member { Member(login: login, name: name, team: team) }

    /// Reads a record; nil with `problems` filled when it cannot be imported. A login that is an
    /// email address becomes its local part; a missing one is made from the name.
    public static func read(_ record: CSVRecord, mapping: ImportMapping, problems: inout [ImportProblem]) -> MemberRow? {
        problems.removeAll(keepingCapacity: true)
        guard mapping.checkShape(record, problems: &problems) else { return nil }
        let name = mapping.text("name", in: record)
        var login = mapping.text("login", in: record) ?? name.map { Slug.make($0, separator: ".") } ?? ""
        if let at = login.firstIndex(of: "@") { login = String(login[..<at]) }
        login = login.lowercased()
        if login.isEmpty || login.contains(where: { $0.isWhitespace }) {
            problems.append(
                ImportProblem(
                    column: mapping.fields["login"].map { mapping.header[$0] } ?? "",
                    reason: login.isEmpty ? Message(.memberNeedsALogin) : Message(.loginHasNoSpaces)))
        }
        let teamText = mapping.text("team", in: record) ?? "sales"
        let team = teams.first { Slug.fold(teamText).contains($0) } ?? (Slug.fold(teamText) == "administrator" ? "admin" : nil)
        if team == nil {
            problems.append(
                ImportProblem(
                    column: mapping.fields["team"].map { mapping.header[$0] } ?? "",
                    reason: Message(.isNotATeam, "\(teamText)", "\(teams.joined(separator: ", "))")))
        }
        guard problems.isEmpty, let team else { return nil }
        return MemberRow(login: login, name: name ?? login, team: team)
    }
}
