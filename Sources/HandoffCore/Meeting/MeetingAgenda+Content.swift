/// The meeting's part of the loop from what sales hears to what marketing makes: the insights
/// heard since the last meeting (their top themes first), then the pieces waiting for sales
/// review, those published, and the pieces that were in the deals won.
extension MeetingAgenda {
    /// How many themes the insights item names before the insights themselves.
    public static let topThemes = 5

    static func contentItems(from material: AgendaMaterial, members: [Member], strings: Strings) -> [AgendaItem] {
        let names = Dictionary(members.map { ($0.login, $0.name) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(members.map { ($0.login, $0.team) }, uniquingKeysWith: { first, _ in first })
        func person(_ login: String?) -> String { login.map { names[$0] ?? $0 } ?? strings(.agendaNobody) }
        let dot = " · "
        var items: [AgendaItem] = []

        if material.insights.total > 0 {
            var entries = material.insightThemes.prefix(topThemes).map { theme -> AgendaEntry in
                let kind = theme.kind.map { strings($0.nameKey) + ": " } ?? ""
                let answered =
                    theme.answered == theme.count
                    ? strings(.agendaThemeAnswered)
                    : theme.answered > 0 ? strings(.agendaThemePartly, strings.integer(theme.answered)) : strings(.agendaThemeOpen)
                return AgendaEntry(
                    kind + theme.label + dot + strings(.agendaThemeCount, strings.integer(theme.count), strings.integer(theme.leads)) + dot
                        + answered,
                    tone: theme.answered == theme.count ? .good : .normal)
            }
            entries += material.insights.rows.map { insight in
                let lead = insight.company.isEmpty ? insight.leadName : "\(insight.leadName) (\(insight.company))"
                let quote = insight.quote.map { dot + "“\($0)”" } ?? ""
                return AgendaEntry(
                    lead + dot + strings(insight.kind.nameKey) + ": " + insight.text + quote + dot + person(insight.author),
                    leadID: insight.leadID, tone: insight.answered ? .good : .normal)
            }
            if material.insights.total > material.insights.rows.count {
                entries.append(
                    AgendaEntry(strings(.agendaMore, strings.integer(material.insights.total - material.insights.rows.count)), tone: .muted)
                )
            }
            let top =
                material.insightThemes.first.map { theme in
                    dot
                        + strings(
                            .agendaTopTheme, (theme.kind.map { strings($0.nameKey) + ": " } ?? "") + theme.label,
                            strings.integer(theme.count))
                } ?? ""
            items.append(
                AgendaItem(
                    key: AgendaItemKind.insights.rawValue, kind: .insights, title: strings(.agendaInsights),
                    headline: (material.insights.total == 1
                        ? strings(.agendaInsightOne) : strings(.agendaInsightsCount, strings.integer(material.insights.total))) + top,
                    entries: entries, total: material.insights.total))
        }

        let wins = material.contentInWins.values.flatMap { $0 }
        if !material.piecesInReview.isEmpty || !material.piecesPublished.isEmpty || !wins.isEmpty {
            var entries: [AgendaEntry] = []
            for piece in material.piecesInReview {
                let waiting =
                    piece.approvedBy.map { strings(.agendaApprovedBy, person($0)) }
                    ?? strings(.agendaWaitsForSales, strings.integer(max(0, Int((material.until - piece.enteredAt) / 86_400))))
                entries.append(
                    AgendaEntry(
                        strings(.agendaInReview, "#\(piece.id) \(piece.title)") + dot + strings(piece.kind.nameKey) + dot
                            + person(piece.owner) + dot + waiting,
                        tone: piece.approvedBy == nil ? .bad : .good))
            }
            for piece in material.piecesPublished {
                let who = piece.participation(teams: teams).map { team, people in
                    strings.team(team) + ": " + people.map { person($0) }.joined(separator: ", ")
                }.joined(separator: "; ")
                entries.append(
                    AgendaEntry(
                        strings(.agendaPublished, "#\(piece.id) \(piece.title)") + dot + strings(piece.kind.nameKey) + dot + who,
                        tone: .good))
            }
            var byPiece: [Int64: (title: String, leads: Set<Int64>)] = [:]
            for send in wins { byPiece[send.contentID, default: (send.title, [])].leads.insert(send.leadID) }
            for (id, used) in byPiece.sorted(by: { ($1.value.leads.count, $0.key) < ($0.value.leads.count, $1.key) }) {
                entries.append(AgendaEntry(strings(.agendaInWins, "#\(id) \(used.title)", strings.integer(used.leads.count)), tone: .good))
            }
            var parts: [String] = []
            if !material.piecesInReview.isEmpty {
                parts.append(strings(.agendaReviewCount, strings.integer(material.piecesInReview.count)))
            }
            if !material.piecesPublished.isEmpty {
                parts.append(strings(.agendaPublishedCount, strings.integer(material.piecesPublished.count)))
            }
            if !byPiece.isEmpty { parts.append(strings(.agendaInWinsCount, strings.integer(Set(wins.map(\.leadID)).count))) }
            items.append(
                AgendaItem(
                    key: AgendaItemKind.content.rawValue, kind: .content, title: strings(.agendaContent),
                    headline: parts.joined(separator: dot),
                    entries: entries, total: entries.count))
        }
        return items
    }

    /// The pieces a won deal got before it was won, for its celebration item.
    static func contentSentLines(_ sends: [ContentSend], leadID: Int64, strings: Strings) -> [AgendaEntry] {
        sends.map {
            AgendaEntry(strings(.agendaContentSent, "#\($0.contentID) \($0.title)", strings.date($0.at)), leadID: leadID, tone: .good)
        }
    }
}
