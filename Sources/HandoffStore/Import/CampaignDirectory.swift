import HandoffCore

/// Turns the campaigns an imported file names into campaign ids: by id or by name (case and
/// accents aside). A campaign the board does not know is added with no spend and reported.
final class CampaignDirectory {
    private let store: Store
    private var byKey: [String: String] = [:]
    private var ids = Set<String>()
    private var memo: [String: String] = [:]
    private(set) var created: [String] = []

    init(store: Store) throws {
        self.store = store
        for (id, name) in try store.connection.prepare("SELECT id, name FROM campaigns ORDER BY id").rows(
            [], { ($0.string(0), $0.string(1)) })
        {
            ids.insert(id)
            byKey[Slug.fold(id)] = id
            if byKey[Slug.fold(name)] == nil { byKey[Slug.fold(name)] = id }
        }
    }

    func id(for text: String) throws -> String {
        if let known = memo[text] { return known }
        let id: String
        if let found = byKey[Slug.fold(text)] {
            id = found
        } else {
            id = Identifier.unique(Identifier.make(text, separator: "-"), taken: ids, fallback: "campaign")
            _ = try store.upsertCampaign(CampaignRow(id: id, name: text))
            ids.insert(id)
            byKey[Slug.fold(text)] = id
            created.append(id == text ? id : "\(id) (\(text))")
        }
        memo[text] = id
        return id
    }
}
