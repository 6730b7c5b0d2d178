import HandoffCore

/// Turns the owners an imported file names into members' logins: by login, by name (case and
/// accents aside) or by the local part of an email address. An owner the board does not know is
/// added to the sales team and reported, so nothing in the file is dropped. A board without a
/// team is left without one (a first member would switch its permissions on and lock out whoever
/// imports): there the owner is kept on the lead under the login it would have had.
final class OwnerDirectory {
    private let store: Store
    let addsMembers: Bool
    private var byKey: [String: String] = [:]
    private var logins = Set<String>()
    private var memo: [String: String] = [:]
    private(set) var created: [String] = []

    init(store: Store) throws {
        self.store = store
        addsMembers = try store.hasMembers()
        for member in try store.members() {
            logins.insert(member.login)
            byKey[Slug.fold(member.login)] = member.login
            if byKey[Slug.fold(member.name)] == nil { byKey[Slug.fold(member.name)] = member.login }
        }
    }

    func login(for text: String) throws -> String {
        if let known = memo[text] { return known }
        let folded = Slug.fold(text)
        var localPart: String?
        if let at = text.firstIndex(of: "@") { localPart = String(text[..<at]) }
        let login: String
        if let found = byKey[folded] ?? localPart.flatMap({ byKey[Slug.fold($0)] }) {
            login = found
        } else {
            let base = localPart ?? text
            login = Identifier.unique(Identifier.make(base, separator: "."), taken: logins, fallback: "owner")
            if addsMembers { try store.insertMember(Member(login: login, name: text, team: "sales")) }
            logins.insert(login)
            byKey[folded] = login
            created.append(login == text ? login : "\(login) (\(text))")
        }
        memo[text] = login
        return login
    }
}
