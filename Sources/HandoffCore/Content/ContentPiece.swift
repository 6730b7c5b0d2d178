/// A piece of content marketing makes for sales (a guide, a case study, a deck, a pitch) on its
/// own small pipeline, with who made it, from which insights, and whether sales approved it.
public struct ContentPiece: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var kind: ContentKind
    public var stage: ContentStage
    /// The marketer who answers for it.
    public var owner: String?
    /// Where it lives: a URL or a file path.
    public var link: String
    public var createdAt: Int64
    public var createdBy: String
    /// When it entered its stage.
    public var enteredAt: Int64
    /// The sales approval of the current review; cleared when the piece goes back to drafting.
    public var approvedBy: String?
    public var approvedAt: Int64?
    /// When it was first published.
    public var publishedAt: Int64?
    /// Raised by every change, so two people changing one piece cannot overwrite each other.
    public var version: Int
    /// The co-authors, in the order they joined.
    public var authors: [String]
    /// The insights that motivated it, oldest first.
    public var insights: [Int64]
    /// Sends to leads not undone, and the distinct leads they reached.
    public var sends: Int
    public var leadsReached: Int

    public init(
        id: Int64 = 0, title: String, kind: ContentKind, stage: ContentStage = .idea, owner: String? = nil, link: String = "",
        createdAt: Int64, createdBy: String, enteredAt: Int64? = nil, approvedBy: String? = nil, approvedAt: Int64? = nil,
        publishedAt: Int64? = nil, version: Int = 1, authors: [String] = [], insights: [Int64] = [], sends: Int = 0, leadsReached: Int = 0
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.stage = stage
        self.owner = owner
        self.link = link
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.enteredAt = enteredAt ?? createdAt
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
        self.publishedAt = publishedAt
        self.version = version
        self.authors = authors
        self.insights = insights
        self.sends = sends
        self.leadsReached = leadsReached
    }

    public static let maxTitle = 120
    public static let maxLink = 2_000

    /// Everyone who took part: the owner, the co-authors and the approver, once each, in that order.
    public var people: [String] {
        var seen: [String] = []
        for login in [owner].compactMap({ $0 }) + authors + [approvedBy].compactMap({ $0 }) where !seen.contains(login) {
            seen.append(login)
        }
        return seen
    }

    /// Who took part, by team, in the teams' usual order (marketing, sales, admin, others), each
    /// person with what they did: `marketing: Lucía (owner), Nuria; sales: Ana (approved)`.
    public func participation(teams: [String: String]) -> [(team: String, people: [String])] {
        var byTeam: [String: [String]] = [:]
        for login in people { byTeam[teams[login] ?? "", default: []].append(login) }
        let order = Permissions.teams + byTeam.keys.filter { !Permissions.teams.contains($0) }.sorted()
        return order.compactMap { team in byTeam[team].map { (team, $0) } }
    }

    /// `piece 3 (Pricing objections guide)`, for refusals.
    public var reference: Message { Message(.pieceWithStage, "\(id)", "\(TerminalText.sanitize(title))") }

    /// Why the piece may not be published yet: the co-creation rule, in its own words.
    public var coCreationRefusal: Message {
        Message(.hasNotBeenApproved, "\(reference)", "\(id)")
    }

    /// Days in its stage at `now`.
    public func daysInStage(now: Int64) -> Int { Int(max(0, now - enteredAt) / 86_400) }
}
