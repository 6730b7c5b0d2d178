import HandoffCore

/// The customer band's cards: an account where a lead would be, read the same way. Name and
/// number; its manager and what is next (the renewal, else since when it is a customer); its last
/// satisfaction answer, revenue to date, purchases, days in stage and the follow-up mark.
extension BoardView {
    static func drawAccounts(
        _ column: ColumnState, isSelected: Bool, into buffer: inout ScreenBuffer, x: Int, width: Int, layout: BoardLayout,
        state: AppState
    ) {
        for (offset, account) in column.accounts.enumerated() {
            let top = layout.cardTop(offset)
            guard top + 3 <= layout.cardsTop + layout.cardsHeight else { break }
            let activity = column.activity[account.id] ?? LeadActivity()
            let stale = activity.isStale(enteredAt: account.enteredAt, idleDays: column.stage.idleDays, now: state.now)
            drawAccountCard(
                account, selected: isSelected && offset == column.selected, stale: stale, step: NextStep(activity, now: state.now),
                into: &buffer, x: x, y: top, width: width, state: state, projector: layout.style == .projector)
        }
    }

    private static func drawAccountCard(
        _ account: Account, selected: Bool, stale: Bool, step: NextStep?, into buffer: inout ScreenBuffer,
        x: Int, y: Int, width: Int, state: AppState, projector: Bool
    ) {
        let strings = state.strings
        let separator = " \(state.glyphs.separator) "
        let base = drawCardTitle(account.name, id: account.id, selected: selected, into: &buffer, x: x, y: y, width: width)
        let next =
            account.renewalAt.map { strings(.accountRenews, strings.date($0)) } ?? strings(.accountSince, strings.date(account.since))
        let second = [account.owner ?? strings(.accountNoManager), next].joined(separator: separator)
        buffer.putFitted(second, x: x, y: y + 1, width: width, style: selected ? base : Style(projector ? .normal : .muted))
        func style(_ role: Role, bold: Bool = false) -> Style {
            Style(selected ? .selected : role, bold: bold || selected || projector, reverse: base.reverse)
        }
        let scoreRole: Role =
            switch account.lastScore.map(NPSCategory.init(score:)) {
            case .promoter?: .success
            case .passive?: .warning
            case .detractor?: .danger
            case nil: .muted
            }
        let days = strings(.daysShort, account.daysInStage(now: state.now)) + (stale ? "!" : "")
        var facts: [(text: String, style: Style)?] = [
            (account.lastScore.map(String.init) ?? "-", style(scoreRole, bold: true)),
            account.revenue > 0 ? (strings.compactMoney(account.revenue), style(.normal)) : nil,
            account.deals > 1 ? (strings(.accountPurchases, account.deals), style(.accent)) : nil,
            (days, stale ? Style(.danger, bold: true, reverse: base.reverse) : style(.normal)),
            step.map { (state.glyphs.nextStep, Style($0 == .overdue ? .danger : .warning, bold: true, reverse: base.reverse)) },
        ]
        func length() -> Int { facts.compactMap { $0 }.reduce(0) { $0 + TerminalText.width($1.text) + 1 } - 1 }
        if length() > width { facts[2] = nil }
        if length() > width { facts[1] = nil }
        buffer.putFitted("", x: x, y: y + 2, width: width, style: selected ? base : .normal)
        var cursor = x
        for fact in facts.compactMap({ $0 }) where cursor < x + width {
            cursor += buffer.put(fact.text, x: cursor, y: y + 2, style: fact.style, maxWidth: x + width - cursor) + 1
        }
    }
}
