import HandoffCore

/// One account: where it stands, its follow-ups (open ones first, overdue in red), what it bought,
/// what it answered, whom it referred, and its history.
enum AccountDetailView {
    static func draw(into buffer: inout ScreenBuffer, detail: AccountDetailState, state: AppState) {
        let strings = state.strings
        Panel(
            title: strings(.accountTitle, detail.account.id, detail.account.name), lines: lines(for: detail, state: state),
            footer: strings(.accountFooter)
        )
        .draw(into: &buffer, scroll: detail.scroll, maxWidth: 100, glyphs: state.glyphs)
    }

    static func lines(for detail: AccountDetailState, state: AppState) -> [Panel.Line] {
        let strings = state.strings
        let now = state.now
        let account = detail.account
        let dot = " \(state.glyphs.separator) "
        func field(_ name: StringKey, _ value: String, _ style: Style = .normal) -> Panel.Line {
            Panel.Line(TerminalText.fit(strings(name), to: 16) + value, style)
        }
        func heading(_ key: StringKey) -> [Panel.Line] { [Panel.Line(""), Panel.Line(strings(key), Style(.title, bold: true))] }
        let stage = state.pipeline.stage(account.stage)?.title ?? account.stage
        var lines: [Panel.Line] = [
            field(.fieldStage, strings(.stageForDays, stage, account.daysInStage(now: now))),
            field(.labelManager, account.owner ?? strings(.accountNoManager)),
            field(.accountFieldSince, strings(.accountSinceDays, strings.date(account.since), strings.integer(account.ageDays(now: now)))),
            field(.labelRenewal, account.renewalAt.map { strings.date($0) } ?? strings(.accountNoRenewal)),
            field(
                .accountFieldRevenue,
                strings.money(account.revenue) + " " + state.reference.currency + dot + strings(.accountPurchaseCount, account.deals)),
        ]
        if let onboarded = account.onboardedAt { lines.append(field(.accountFieldOnboarded, strings.date(onboarded))) }
        if let churned = account.churnedAt { lines.append(field(.accountFieldChurned, strings.date(churned), Style(.danger, bold: true))) }
        let activity = LeadActivity(
            lastNoteAt: ([detail.followUps.compactMap(\.doneAt).max(), detail.answers.map(\.at).max()].compactMap { $0 }).max(),
            nextStepDue: detail.openFollowUps.map(\.due).min())
        if let idle = state.pipeline.stage(account.stage)?.idleDays,
            activity.isStale(enteredAt: account.enteredAt, idleDays: idle, now: now)
        {
            lines.append(field(.fieldStale, strings(.staleExplanation, idle), Style(.danger, bold: true)))
        }

        lines += heading(.accountFollowUpsTitle)
        if detail.followUps.isEmpty { lines.append(Panel.Line("  " + strings(.accountNoFollowUps), Style(.muted))) }
        for followUp in detail.followUps {
            let overdue = followUp.isOverdue(now: now)
            let role: Role = !followUp.isOpen ? .muted : overdue ? .danger : followUp.kind == .detractor ? .warning : .normal
            let mark = followUp.isOpen ? (overdue ? "! " : "  ") : "✓ "
            lines.append(
                Panel.Line(
                    mark + "#\(followUp.id) " + state.followUpLine(followUp) + (overdue ? " " + strings(.timelinePassed) : ""),
                    Style(role, bold: overdue)))
        }

        lines += heading(.accountDealsTitle)
        if detail.deals.isEmpty { lines.append(Panel.Line("  " + strings(.accountNoDeals), Style(.muted))) }
        for deal in detail.deals {
            let kind = detail.dealKinds[deal.id].map { strings($0.titleKey) } ?? strings(.dealNew)
            let when = deal.closedAt.map { strings.date($0) } ?? strings.date(deal.createdAt)
            let title = state.pipeline.stage(deal.stage)?.title ?? deal.stage
            let value = deal.value.map { strings.money($0) } ?? "-"
            lines.append(Panel.Line("  #\(deal.id) " + [deal.name, title, value, kind, when].joined(separator: dot)))
        }

        lines += heading(.accountAnswersTitle)
        if detail.answers.isEmpty { lines.append(Panel.Line("  " + strings(.accountNoAnswers), Style(.muted))) }
        for answer in detail.answers {
            let category = answer.category
            let role: Role = category == .promoter ? .success : category == .detractor ? .danger : .warning
            let text =
                [strings.dateTime(answer.at), strings(.accountScore, answer.score), strings(category.titleKey), answer.author]
                .joined(separator: dot) + (answer.comment.isEmpty ? "" : ": " + answer.comment)
            lines.append(Panel.Line("  " + text, Style(role)))
        }

        if !detail.referrals.isEmpty {
            lines += heading(.accountReferralsTitle)
            for lead in detail.referrals {
                let title = state.pipeline.stage(lead.stage)?.title ?? lead.stage
                lines.append(Panel.Line("  #\(lead.id) " + [lead.name, lead.company, title].filter { !$0.isEmpty }.joined(separator: dot)))
            }
        }

        lines += heading(.accountHistoryTitle)
        for event in detail.history {
            var text = strings.dateTime(event.at) + "  " + TerminalText.fit(event.actor, to: 10) + " "
            if let proxy = event.actedBy { text += strings(.timelineActedBy, proxy, event.actor) + " " }
            text += TerminalText.fit(kindName(event.kind, strings), to: 18) + (event.detail.map { " " + $0 } ?? "")
            lines.append(Panel.Line(text, Style(.muted)))
        }
        return lines
    }
}

extension AccountDetailView {
    /// An account's board event as people say it; a kind this version does not know is shown as stored.
    static func kindName(_ kind: String, _ strings: Strings) -> String {
        let names: [String: StringKey] = [
            BoardEvent.Kind.accountOpened: .boardEventAccountOpened, BoardEvent.Kind.accountPurchase: .boardEventAccountPurchase,
            BoardEvent.Kind.accountMoved: .boardEventAccountMoved, BoardEvent.Kind.accountChanged: .boardEventAccountChanged,
            BoardEvent.Kind.accountImported: .boardEventAccountImported, BoardEvent.Kind.followUpAdded: .boardEventFollowUpAdded,
            BoardEvent.Kind.followUpDone: .boardEventFollowUpDone, BoardEvent.Kind.followUpReopened: .boardEventFollowUpReopened,
            BoardEvent.Kind.satisfactionRecorded: .boardEventSatisfaction,
        ]
        return names[kind].map { strings($0) } ?? kind
    }
}

extension NPSCategory {
    var titleKey: StringKey {
        switch self {
        case .promoter: return .npsPromoter
        case .passive: return .npsPassive
        case .detractor: return .npsDetractor
        }
    }
}
