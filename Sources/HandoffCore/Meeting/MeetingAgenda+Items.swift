/// How the meeting's material becomes agenda items: follow-ups, KPIs, each win, then what
/// happened to the handoffs and deals, then what needs attention. Empty topics are left out,
/// except the KPIs, which every meeting looks at. Written in the person's language (the report
/// of `handoff report` is in English).
extension MeetingAgenda {
    /// The figures the meeting compares with the period before, in this order.
    public static let headlineFigures = [
        "leads_created", "mqls", "handoffs", "acceptance_rate", "sla_compliance", "median_response_hours",
        "sqls", "deals_won", "revenue_won", "win_rate", "pipeline_value", "stale_leads",
        "retention_rate", "net_revenue_retention", "nps",
    ]

    public static func items(
        from material: AgendaMaterial, pipeline: Pipeline, members: [Member], currency: String,
        strings: Strings = .english
    ) -> [AgendaItem] {
        let names = Dictionary(members.map { ($0.login, $0.name) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(members.map { ($0.login, $0.team) }, uniquingKeysWith: { first, _ in first })
        let dot = " · "
        func person(_ login: String?) -> String { login.map { names[$0] ?? $0 } ?? strings(.agendaNobody) }
        func stage(_ id: String?) -> String { id.map { pipeline.stage($0)?.title ?? $0 } ?? "?" }
        func money(_ amount: Double?) -> String { amount.map { strings.money($0) + " " + currency } ?? strings(.agendaNoAmount) }
        func who(_ lead: Lead) -> String { lead.company.isEmpty ? lead.name : "\(lead.name) (\(lead.company))" }
        func more(_ shown: Int, of total: Int) -> [AgendaEntry] {
            total > shown ? [AgendaEntry(strings(.agendaMore, strings.integer(total - shown)), tone: .muted)] : []
        }
        func count(_ total: Int, one: StringKey, many: StringKey) -> String {
            total == 1 ? strings(one) : strings(many, strings.integer(total))
        }
        var items: [AgendaItem] = []

        if !material.followUps.isEmpty {
            // Open action items carry over from whichever meeting agreed them until they are done;
            // those done since the last meeting are shown done, once.
            let open = material.followUps.filter(\.isOpen)
            let agreed = strings.integer(material.followUps.count)
            let headline: String
            if open.count == material.followUps.count, open.allSatisfy({ $0.meetingID == material.previousMeeting?.id }) {
                headline =
                    material.previousMeeting?.closedAt.map { strings(.agendaAgreedOn, agreed, strings.date($0)) }
                    ?? strings(.agendaAgreed, agreed)
            } else {
                headline = strings(
                    .agendaFollowUpsStatus, strings(.agendaOpenCount, strings.integer(open.count)),
                    strings(.agendaDoneCount, strings.integer(material.followUps.count - open.count)))
            }
            let entries = material.followUps.map { action -> AgendaEntry in
                let number = strings(.agendaActionNumber, action.id) + " "
                if let done = action.doneAt {
                    return AgendaEntry(
                        number + action.body + dot + person(action.owner) + dot + strings(.agendaDoneOn, strings.date(done)),
                        actionID: action.id, tone: .good)
                }
                let late = action.due.map { $0 < material.until } ?? false
                let due = action.due.map { dot + strings(.agendaDue, strings.date($0)) + (late ? " " + strings(.agendaPassed) : "") } ?? ""
                return AgendaEntry(
                    number + action.body + dot + person(action.owner) + due, actionID: action.id, tone: late ? .bad : .normal)
            }
            items.append(
                AgendaItem(
                    key: AgendaItemKind.followUps.rawValue, kind: .followUps, title: strings(.agendaFollowUps), headline: headline,
                    entries: entries))
        }

        items.append(kpiItem(material.kpis, strings: strings))

        for win in material.wins.rows {
            let amount = win.event.detail.flatMap(Double.init) ?? win.lead.value
            let marketer = Celebration.sourcingMarketer(
                campaignOwner: win.campaignOwner, creator: win.creator, handedOffBy: win.handedOffBy, teams: teams)
            let rep = Celebration.closingRep(owner: win.lead.owner, wonBy: win.event.actor, teams: teams)
            let celebration = Celebration(
                leadID: win.lead.id, lead: win.lead.name, company: win.lead.company, amount: amount,
                marketer: marketer.map { person($0) }, campaign: win.campaignName, rep: person(rep))
            let days = max(0, win.event.at - win.lead.createdAt) / KPIPeriod.day
            // Who sourced and who closed it are the celebration's; the lines add how it got here.
            let origin = [
                win.lead.source.isEmpty ? nil : strings(.agendaSource, win.lead.source),
                win.campaignName.map { strings(.agendaCampaign, $0) },
            ]
            .compactMap { $0 }
            var entries = [
                AgendaEntry(
                    strings(.agendaCreatedWon, strings.date(win.lead.createdAt), strings.date(win.event.at), strings.integer(Int(days))),
                    leadID: win.lead.id)
            ]
            if !origin.isEmpty {
                entries.insert(AgendaEntry(strings(.agendaCameFrom, origin.joined(separator: ", ")), leadID: win.lead.id), at: 0)
            }
            if let handed = win.handedOffBy {
                entries.append(AgendaEntry(strings(.agendaHandedOffBy, person(handed)), leadID: win.lead.id))
            }
            entries += contentSentLines(material.contentInWins[win.lead.id] ?? [], leadID: win.lead.id, strings: strings)
            items.append(
                AgendaItem(
                    key: "win:\(win.event.id)", kind: .win,
                    title: strings(.agendaWonTitle, win.lead.company.isEmpty ? win.lead.name : win.lead.company),
                    headline: money(amount) + dot + who(win.lead), entries: entries, celebration: celebration))
        }

        if material.handoffs.total > 0 {
            let entries = material.handoffs.rows.map { row -> AgendaEntry in
                let origin = [row.lead.source, row.lead.campaign ?? ""].filter { !$0.isEmpty }.joined(separator: " / ")
                let routed = row.event.detail.map { dot + $0 } ?? ""
                return AgendaEntry(
                    who(row.lead) + (origin.isEmpty ? "" : dot + origin) + dot + strings(.agendaScore, row.lead.score) + dot
                        + strings(.agendaBy, person(row.event.actor)) + routed, leadID: row.lead.id)
            }
            items.append(
                AgendaItem(
                    key: AgendaItemKind.newMQLs.rawValue, kind: .newMQLs, title: strings(.agendaMQLs),
                    headline: count(material.handoffs.total, one: .agendaHandoffOne, many: .agendaHandoffs),
                    entries: entries + more(entries.count, of: material.handoffs.total), total: material.handoffs.total))
        }

        if material.accepted.total > 0 {
            let entries = material.accepted.rows.map { row -> AgendaEntry in
                let owner = row.lead.owner ?? row.event.actor
                let timing =
                    row.response.map {
                        " " + strings(.agendaAfter, DurationFormat.hoursMinutes($0.workingSeconds))
                            + ($0.withinServiceLevel ? "" : " " + strings(.agendaLate))
                    } ?? ""
                return AgendaEntry(
                    who(row.lead) + dot + strings(.agendaTakenBy, person(owner)) + timing, leadID: row.lead.id,
                    tone: row.response.map { $0.withinServiceLevel ? .good : .bad } ?? .normal)
            }
            items.append(
                AgendaItem(
                    key: AgendaItemKind.accepted.rawValue, kind: .accepted, title: strings(.agendaAccepted),
                    headline: strings(.agendaAcceptedCount, strings.integer(material.accepted.total)),
                    entries: entries + more(entries.count, of: material.accepted.total), total: material.accepted.total))
        }

        if material.rejected.total > 0 {
            let entries = material.rejected.rows.map { row in
                AgendaEntry(
                    who(row.lead) + dot + (row.event.detail ?? strings(.agendaNoReason)) + dot
                        + strings(.agendaBy, person(row.event.actor)),
                    leadID: row.lead.id, tone: .bad)
            }
            let reasons = tally(material.rejected.rows.map { reasonCode($0.event.detail) })
            items.append(
                AgendaItem(
                    key: AgendaItemKind.rejected.rawValue, kind: .rejected, title: strings(.agendaRejected),
                    headline: strings(.agendaRejectedCount, strings.integer(material.rejected.total), reasons),
                    entries: entries + more(entries.count, of: material.rejected.total), total: material.rejected.total))
        }

        if material.moves.total > 0 {
            let entries = material.moves.rows.map { row in
                AgendaEntry(
                    who(row.lead) + ": " + stage(row.event.fromStage) + " → " + stage(row.event.toStage) + dot + person(row.event.actor),
                    leadID: row.lead.id)
            }
            items.append(
                AgendaItem(
                    key: AgendaItemKind.moves.rawValue, kind: .moves, title: strings(.agendaMoves),
                    headline: count(material.moves.total, one: .agendaMoveOne, many: .agendaMovesCount),
                    entries: entries + more(entries.count, of: material.moves.total), total: material.moves.total))
        }

        if material.losses.total > 0 {
            let entries = material.losses.rows.map { row in
                AgendaEntry(
                    who(row.lead) + dot + (row.event.detail ?? strings(.agendaNoReason)) + dot + money(row.lead.value) + dot
                        + person(row.lead.owner ?? row.event.actor), leadID: row.lead.id, tone: .bad)
            }
            let reasons = tally(material.losses.rows.map { $0.event.detail ?? "?" })
            items.append(
                AgendaItem(
                    key: AgendaItemKind.losses.rawValue, kind: .losses, title: strings(.agendaLosses),
                    headline: strings(.agendaLostCount, strings.integer(material.losses.total), reasons),
                    entries: entries + more(entries.count, of: material.losses.total), total: material.losses.total))
        }

        items += contentItems(from: material, members: members, strings: strings)

        if material.lateAnswers.total + material.overdue.total > 0 {
            var entries = material.lateAnswers.rows.map { row -> AgendaEntry in
                let late = row.lateWorkingSeconds.map { dot + strings(.agendaAnsweredLate, DurationFormat.hoursMinutes($0)) } ?? ""
                return AgendaEntry(
                    who(row.lead) + dot + EventKind.name(row.event.kind, strings) + " " + strings(.agendaBy, person(row.event.actor))
                        + late,
                    leadID: row.lead.id, tone: .bad)
            }
            entries += more(entries.count, of: material.lateAnswers.total)
            let waiting = material.overdue.rows.map { item in
                AgendaEntry(
                    who(item.lead) + dot + strings(.agendaStillWaiting, strings.clock(item.clock(now: material.until))) + dot
                        + (item.lead.owner.map { person($0) } ?? strings(.unassigned)), leadID: item.lead.id, tone: .bad)
            }
            entries += waiting + more(waiting.count, of: material.overdue.total)
            items.append(
                AgendaItem(
                    key: AgendaItemKind.slaBreaches.rawValue, kind: .slaBreaches, title: strings(.agendaSLA),
                    headline: strings(.agendaAnsweredLateCount, strings.integer(material.lateAnswers.total)) + dot
                        + strings(.agendaWaitingPastDueCount, strings.integer(material.overdue.total)),
                    entries: entries, total: material.lateAnswers.total + material.overdue.total))
        }

        if material.stale.total > 0 {
            let entries = material.stale.rows.map { row in
                AgendaEntry(
                    who(row.lead) + dot + stage(row.lead.stage) + dot
                        + strings(.agendaIdle, strings.integer(Int(max(0, material.until - row.idleSince) / KPIPeriod.day))) + dot
                        + (row.lead.owner.map { person($0) } ?? strings(.agendaNoOwner)), leadID: row.lead.id, tone: .bad)
            }
            items.append(
                AgendaItem(
                    key: AgendaItemKind.stale.rawValue, kind: .stale, title: strings(.agendaStale),
                    headline: count(material.stale.total, one: .agendaStaleOne, many: .agendaStaleCount),
                    entries: entries + more(entries.count, of: material.stale.total), total: material.stale.total))
        }

        let customers = material.customers
        if !customers.isEmpty {
            func account(_ id: Int64) -> String { customers.accountNames[id] ?? "#\(id)" }
            var entries: [AgendaEntry] = []
            entries += customers.overdueFollowUps.rows.map { step in
                AgendaEntry(
                    strings(.agendaFollowUpOverdue, step.title(strings), step.accountName) + dot + person(step.owner) + dot
                        + strings(.agendaDue, strings.date(step.due)), tone: .bad)
            }
            entries += more(customers.overdueFollowUps.rows.count, of: customers.overdueFollowUps.total)
            entries += customers.renewalsDue.rows.map { row in
                AgendaEntry(
                    strings(.agendaRenewal, row.name, strings.date(row.renewalAt ?? 0)) + dot + money(row.revenue) + dot + person(row.owner)
                )
            }
            entries += more(customers.renewalsDue.rows.count, of: customers.renewalsDue.total)
            entries += customers.atRisk.rows.map { row in
                AgendaEntry(strings(.agendaAtRisk, row.name) + dot + money(row.revenue) + dot + person(row.owner), tone: .bad)
            }
            entries += more(customers.atRisk.rows.count, of: customers.atRisk.total)
            entries += customers.detractors.rows.map { answer in
                let comment = answer.comment.isEmpty ? "" : dot + answer.comment
                return AgendaEntry(
                    strings(.agendaDetractor, account(answer.accountID), strings.integer(answer.score)) + comment + dot
                        + person(answer.author),
                    tone: .bad)
            }
            entries += more(customers.detractors.rows.count, of: customers.detractors.total)
            entries += customers.referralsWon.rows.map { lead in
                AgendaEntry(
                    strings(.agendaReferralWon, who(lead), customers.referrers[lead.id].map(account) ?? "?") + dot + money(lead.value),
                    leadID: lead.id, tone: .good)
            }
            entries += more(customers.referralsWon.rows.count, of: customers.referralsWon.total)
            let total =
                customers.overdueFollowUps.total + customers.renewalsDue.total + customers.atRisk.total + customers.detractors.total
                + customers.referralsWon.total
            items.append(
                AgendaItem(
                    key: AgendaItemKind.customers.rawValue, kind: .customers, title: strings(.agendaCustomers),
                    headline: strings(
                        .agendaCustomersHeadline, strings.integer(customers.overdueFollowUps.total),
                        strings.integer(customers.renewalsDue.total), strings.integer(customers.atRisk.total),
                        strings.integer(customers.detractors.total), strings.integer(customers.referralsWon.total)),
                    entries: entries, total: total))
        }
        return items
    }

    /// The KPIs of the window against the period before it, one line per headline figure.
    static func kpiItem(_ report: KPIReport?, strings: Strings) -> AgendaItem {
        guard let report else {
            return AgendaItem(
                key: AgendaItemKind.kpis.rawValue, kind: .kpis, title: strings(.agendaKPIs), headline: strings(.agendaNoFigures),
                entries: [])
        }
        let entries = headlineFigures.compactMap(KPIDefinition.named).map { definition -> AgendaEntry in
            let now = definition.value(in: report)
            let before = definition.previousValue(in: report)
            let title = definition.title(strings), value = KPIFormat.value(now, unit: definition.unit, strings: strings)
            let cells: [String]
            let earlier = KPIFormat.value(before, unit: definition.unit, strings: strings)
            if definition.isSnapshot {
                cells = [title, value, strings(.dashSnapshot), ""]
            } else {
                cells = [title, value, earlier, KPIFormat.change(from: before, to: now, unit: definition.unit, strings: strings)]
            }
            let text =
                definition.isSnapshot
                ? "\(title)   \(value)   \(cells[2])"
                : "\(title)   \(value)   \(strings(.agendaBefore)) \(earlier)   \(cells[3])"
            let tone: AgendaEntry.Tone
            switch KPIFormat.trend(from: before, to: now, direction: definition.direction) {
            case .better: tone = .good
            case .worse: tone = .bad
            case .flat, .unknown: tone = .normal
            }
            return AgendaEntry(text, tone: tone, cells: cells)
        }
        let compared = report.previousPeriod.map { " " + strings(.dashVersus, $0.rangeText(strings)) } ?? ""
        return AgendaItem(
            key: AgendaItemKind.kpis.rawValue, kind: .kpis, title: strings(.agendaKPIs),
            headline: report.period.rangeText(strings) + compared, entries: entries)
    }

    /// A rejection's reason code: its detail up to the first colon.
    static func reasonCode(_ detail: String?) -> String {
        guard let detail, !detail.isEmpty else { return "?" }
        return detail.split(separator: ":", maxSplits: 1).first.map(String.init) ?? detail
    }

    /// "student 2, no_budget 1": codes by count, then name.
    static func tally(_ codes: [String]) -> String {
        var counts: [String: Int] = [:]
        for code in codes { counts[code, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
