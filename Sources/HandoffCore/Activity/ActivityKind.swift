/// What a person did with marketing's email or on the website, as email tools (Mailchimp,
/// ActiveCampaign) and web analytics export it: the six actions recorded against a lead
/// (`activities.kind`). A bounce is the mail server's doing, not the person's.
public enum ActivityKind: String, CaseIterable, Sendable {
    case open, click, bounce, unsubscribe
    case formSubmit = "form_submit"
    case pageView = "page_view"

    /// The kind an export's word names, whatever its case, spaces, `_` and `-`: `open`, `Opened`,
    /// `email open`, `form submit`, `Page View`. Nil for a word that names none.
    public static func named(_ text: String) -> ActivityKind? { spellings[ImportMapping.normalize(text)] }

    /// The codes as a list for messages: `open, click, bounce, ...`.
    public static var codes: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Its place in `allCases`, for counting by kind in an array.
    public var index: Int {
        switch self {
        case .open: return 0
        case .click: return 1
        case .bounce: return 2
        case .unsubscribe: return 3
        case .formSubmit: return 4
        case .pageView: return 5
        }
    }

    /// Whether the person did it: everything but a bounce.
    public var isPersons: Bool { self != .bounce }

    private static let spellings: [String: ActivityKind] = {
        let words: [ActivityKind: [String]] = [
            .open: ["open", "opens", "opened", "email open", "email opened", "mail open"],
            .click: ["click", "clicks", "clicked", "email click", "email clicked", "link click", "link clicked", "clicked link"],
            .bounce: ["bounce", "bounced", "bounces", "hard bounce", "soft bounce", "email bounced"],
            .unsubscribe: ["unsubscribe", "unsubscribed", "unsub", "opt out", "opted out", "optout"],
            .formSubmit: ["form_submit", "form submit", "form submitted", "form submission", "submitted form", "submit", "submitted"],
            .pageView: [
                "page_view", "page view", "page viewed", "viewed page", "pageview", "page visit", "site visit", "web visit", "visit",
            ],
        ]
        var table: [String: ActivityKind] = [:]
        for (kind, list) in words {
            for word in list { table[ImportMapping.normalize(word)] = kind }
        }
        return table
    }()
}
