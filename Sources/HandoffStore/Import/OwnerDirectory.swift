import HandoffCore

/// Turns the owners an imported file names into members' logins: by login, by name (case and
/// accents aside) or by the local part of an email address.
///
/// An owner the board does not know joins the sales team only when whoever imports may add members
/// (`manage_members`), each with a `member_added` board event like `handoff member add`: a file
/// must not be a way onto the team. For anyone else such an owner is `unknown`, and the import
/// refuses the row, or with `--skip-unknown-owners` leaves the lead without that owner. A board
/// without a team is left without one (a first member would switch its permissions on and lock
/// out whoever imports): there the owner is kept on the lead under the login it would have had.
final class OwnerDirectory {
    enum Owner {
        /// A member, or a login kept on a board without a team.
        case login(String)
        /// Not on the board, and whoever imports may not add them: the login they would get.
        case unknown(String)
    }

    private let store: Store
    private let actor: String
    private let now: Int64
    let addsMembers: Bool
    /// Whether owners the board does not know are added to it; false: they are `unknown`.
    let mayAddMembers: Bool
    private var byKey: [String: String] = [:]
    private var logins = Set<String>()
    private var memo: [String: Owner] = [:]
    private(set) var created: [String] = []

    init(store: Store, actor: String, now: Int64) throws {
        self.store = store
        self.actor = actor
        self.now = now
        addsMembers = try store.hasMembers()
        mayAddMembers = addsMembers && (try? store.require(.manageMembers, actor: actor)) != nil
        for member in try store.members() {
            logins.insert(member.login)
            byKey[Slug.fold(member.login)] = member.login
            if byKey[Slug.fold(member.name)] == nil { byKey[Slug.fold(member.name)] = member.login }
        }
    }

    func owner(for text: String) throws -> Owner {
        if let known = memo[text] { return known }
        let folded = Slug.fold(text)
        var localPart: String?
        if let at = text.firstIndex(of: "@") { localPart = String(text[..<at]) }
        let owner: Owner
        if let found = byKey[folded] ?? localPart.flatMap({ byKey[Slug.fold($0)] }) {
            owner = .login(found)
        } else {
            let base = localPart ?? text
            let login = Identifier.unique(Identifier.make(base, separator: "."), taken: logins, fallback: "owner")
            if addsMembers && !mayAddMembers {
                owner = .unknown(login)
            } else {
                if addsMembers {
                    try store.insertMember(Member(login: login, name: text, team: "sales"))
                    try store.appendBoardEvent(
                        kind: BoardEvent.Kind.memberAdded, subject: login, detail: "\(text), sales (import)", actor: actor, at: now)
                }
                logins.insert(login)
                byKey[folded] = login
                created.append(login == text ? login : "\(login) (\(text))")
                owner = .login(login)
            }
        }
        memo[text] = owner
        return owner
    }
}
