import Foundation
import HandoffCore

/// What sales hears and what it sends: `i` writes down what the focused lead said, `s` in its
/// detail records a published piece sent to it; and the insights panel's keys (`6`), from the
/// groups to one group's leads and words, where `a` marks an insight answered by a piece.
extension AppState {
    mutating func performInsightAction(_ action: UserAction) -> [Effect] {
        guard let lead = focusedLead else { return fail(strings(.noLeadSelected)) }
        switch action {
        case .addInsight:
            if let refusal = refusal(.addInsight) { return refuse(refusal) }
            let kinds = InsightKind.allCases.map { FormField.Choice(code: $0.rawValue, label: strings($0.nameKey)) }
            let fields = [
                FormField(name: "kind", label: strings(.labelInsightKind), value: InsightKind.objection.rawValue, choices: kinds),
                FormField(name: "text", label: strings(.labelInsightText)), FormField(name: "quote", label: strings(.labelQuote)),
            ]
            overlay = .form(
                FormState(
                    title: strings(.formInsightTitle, lead.name), fields: fields, purpose: .insight(LeadRef(lead)),
                    focus: 1, note: strings(.formInsightNote)))
        case .sendContent:
            if let refusal = refusal(.sendContent) { return refuse(refusal) }
            // First the pieces made from what this lead said, then the newest: what a rep most
            // likely sends is the answer to the lead's own objection.
            let heard = Set(content.recentInsights.filter { $0.leadID == lead.id }.map(\.id))
            func answers(_ piece: ContentPiece) -> Int { piece.insights.contains(where: heard.contains) ? 1 : 0 }
            let published = content.published.sorted {
                (answers($0), $0.publishedAt ?? 0, $0.id) > (answers($1), $1.publishedAt ?? 0, $1.id)
            }
            guard !published.isEmpty else { return fail(strings(.noPublishedPiece)) }
            let choices = published.map {
                FormField.Choice(code: String($0.id), label: "#\($0.id) \($0.title) (\(strings($0.kind.nameKey)))")
            }
            overlay = .form(
                FormState(
                    title: strings(.formSendTitle, lead.name),
                    fields: [FormField(name: "piece", label: strings(.labelPiece), value: choices[0].code, choices: choices)],
                    purpose: .sendContent(LeadRef(lead))))
        default:
            break
        }
        return []
    }

    mutating func submitInsight(_ lead: LeadRef, form: inout FormState) -> [Effect] {
        let text = form.value("text").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { form.refuse("text", strings(.refuseInsightText)) }
        if text.count > Insight.maxText { form.refuse("text", strings(.refuseInsightTextLong, Insight.maxText)) }
        if form.fields.contains(where: { $0.error != nil }) { return [] }
        let kind = InsightKind(rawValue: form.value("kind")) ?? .objection
        let quote = form.value("quote").trimmingCharacters(in: .whitespacesAndNewlines)
        return [
            .run(
                .insight(leadID: lead.id, kind: kind, text: text, quote: quote.isEmpty ? nil : quote, expectedVersion: lead.version),
                successMessage: strings(.msgInsightAdded, strings(kind.nameKey), lead.name))
        ]
    }

    mutating func submitSend(_ lead: LeadRef, form: inout FormState) -> [Effect] {
        guard let id = Int64(form.value("piece")), let piece = content.pieces.first(where: { $0.id == id }) else {
            form.refuse("piece", strings(.refuseChoosePiece))
            return []
        }
        return [
            .run(
                .contentSent(leadID: lead.id, contentID: id, expectedVersion: lead.version),
                successMessage: strings(.msgPieceSent, piece.title, lead.name))
        ]
    }

    // MARK: The insights panel

    mutating func performInsights(_ action: UserAction) -> [Effect] {
        switch action {
        case .showInsights:
            view = .insights
            return insightsEffects()
        case .themeUp, .themeDown, .firstTheme, .lastTheme:
            if var drill = insights.drill {
                guard !drill.insights.isEmpty else { return [] }
                drill.selectedID = drill.insights[step(drill.selectedRow, count: drill.insights.count, action)].id
                insights.drill = drill
            } else if !insights.themes.isEmpty {
                insights.selectedKey = insights.themes[step(insights.selectedRow, count: insights.themes.count, action)].key
            }
            return []
        case .cycleInsightGrouping:
            insights.grouping = insights.grouping.cycled()
            insights.selectedKey = nil
            insights.drill = nil
            return insightsEffects()
        case .cycleInsightPeriod:
            let periods = InsightsState.periods
            insights.days = periods[((periods.firstIndex(of: insights.days) ?? 0) + 1) % periods.count]
            insights.drill = nil
            return insightsEffects()
        case .openTheme:
            if let insight = insights.drill?.selectedInsight { return [.loadDetail(leadID: insight.leadID)] }
            guard let theme = insights.selectedTheme else { return [] }
            insights.drill = InsightDrill(key: theme.key, label: theme.label, kind: theme.kind)
            return insightsEffects()
        case .closeTheme:
            insights.drill = nil
            return []
        case .leaveTheme:
            if insights.drill != nil {
                insights.drill = nil
                return []
            }
            shouldQuit = true
            return [.quit]
        case .markAnswered:
            guard let insight = insights.drill?.selectedInsight else { return fail(strings(.openThemeFirst)) }
            if let refusal = refusal(.editContent) { return refuse(refusal) }
            let pieces = content.pieces.filter { $0.stage != .retired && !insight.pieces.contains($0.id) }
                .sorted { ($0.stage == .published ? 0 : 1, $0.id) < ($1.stage == .published ? 0 : 1, $1.id) }
            guard !pieces.isEmpty else { return fail(strings(.noPieceToAnswer)) }
            let choices = pieces.map {
                FormField.Choice(code: String($0.id), label: "#\($0.id) \($0.title) (\(strings($0.stage.titleKey)))")
            }
            overlay = .form(
                FormState(
                    title: strings(.formAnsweredTitle, insight.text),
                    fields: [FormField(name: "piece", label: strings(.labelPiece), value: choices[0].code, choices: choices)],
                    purpose: .markAnswered(insight), note: strings(.formAnsweredNote)))
            return []
        default:
            return []
        }
    }

    mutating func submitAnswered(_ insight: Insight, form: inout FormState) -> [Effect] {
        guard let id = Int64(form.value("piece")), let piece = content.pieces.first(where: { $0.id == id }) else {
            form.refuse("piece", strings(.refuseChoosePiece))
            return []
        }
        return [
            .runContent(.linkInsight(id: id, insightID: insight.id), successMessage: strings(.msgInsightLinked, insight.id, piece.title))
        ]
    }

    /// The panel is read while it is on screen (and always after a change of the person's).
    func insightsEffects() -> [Effect] {
        guard view == .insights, meeting == nil else { return [] }
        return [.loadInsights]
    }

    /// The window the panel counts: the last `days` whole days up to the end of this second.
    var insightsWindow: (start: Int64, end: Int64) { (now + 1 - Int64(insights.days) * 86_400, now + 1) }

    private func step(_ row: Int, count: Int, _ action: UserAction) -> Int {
        switch action {
        case .themeUp: return max(0, row - 1)
        case .themeDown: return min(count - 1, row + 1)
        case .firstTheme: return 0
        default: return count - 1
        }
    }
}
