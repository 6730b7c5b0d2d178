import Foundation

/// Something a rep heard from a lead, kept with the lead it came from: the raw material of the
/// content marketing makes. Recorded by an `insight` event of the lead, so it is in the lead's
/// history, the log and exports, and undone like any change to the lead.
public struct Insight: Sendable, Equatable {
    public var id: Int64
    public var leadID: Int64
    /// The event that recorded it (a redo's, once it was undone and done again).
    public var eventID: Int64
    public var at: Int64
    public var author: String
    public var kind: InsightKind
    public var text: String
    /// The lead's own words, when the rep wrote them down.
    public var quote: String?
    /// The stage the lead was in when it was heard.
    public var stage: String
    /// The lead, as it is now: for lists and grouping by source and campaign.
    public var leadName: String
    public var company: String
    public var source: String
    public var campaign: String?
    /// The pieces of content linked to it (that it motivated, or that answer it).
    public var pieces: [Int64]
    /// True once a linked piece has been published: marketing answered it.
    public var answered: Bool

    public init(
        id: Int64 = 0, leadID: Int64, eventID: Int64 = 0, at: Int64, author: String, kind: InsightKind, text: String, quote: String? = nil,
        stage: String, leadName: String = "", company: String = "", source: String = "", campaign: String? = nil, pieces: [Int64] = [],
        answered: Bool = false
    ) {
        self.id = id
        self.leadID = leadID
        self.eventID = eventID
        self.at = at
        self.author = author
        self.kind = kind
        self.text = text
        self.quote = quote
        self.stage = stage
        self.leadName = leadName
        self.company = company
        self.source = source
        self.campaign = campaign
        self.pieces = pieces
        self.answered = answered
    }

    /// The longest text and quote an insight keeps: a line heard on a call, not a document.
    public static let maxText = 280
    public static let maxQuote = 1_000

    /// What the `insight` event says: the kind and the text, then the quote.
    public static func eventDetail(kind: InsightKind, text: String, quote: String?) -> String {
        "\(kind.rawValue): \(text)" + (quote.map { " — \"\($0)\"" } ?? "")
    }

    /// Insights that say the same thing are one theme: the same kind and the same words, whatever
    /// the case, the spaces and a final full stop.
    public static func theme(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = words.last, ".!".contains(last) { words.removeLast() }
        return words
    }

    /// Checks what a person typed: a text of at most `maxText` characters, a quote of at most
    /// `maxQuote`. Returns them trimmed (an empty quote is none).
    public static func validate(text: String, quote: String?) throws(HandoffError) -> (text: String, quote: String?) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalidInput(Message(.insightNeedsAShort)) }
        guard trimmed.count <= maxText else {
            throw .invalidInput(
                Message(.insightsTextHasAt, "\(maxText)", "\(trimmed.count)"))
        }
        let quoted = quote?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let quoted, quoted.count > maxQuote {
            throw .invalidInput(Message(.quoteHasAtMost, "\(maxQuote)", "\(quoted.count)"))
        }
        return (trimmed, quoted?.isEmpty == false ? quoted : nil)
    }
}
