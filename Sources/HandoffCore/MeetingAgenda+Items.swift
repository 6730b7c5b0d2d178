/// How the meeting's material becomes agenda items: follow-ups, KPIs, each win, then what
/// happened to the handoffs and deals, then what needs attention. Empty topics are left out,
/// except the KPIs, which every meeting looks at.
extension MeetingAgenda {
    /// The figures the meeting compares with the period before, in this order.
    public static let headlineFigures = ["leads_created", "mqls", "handoffs", "acceptance_rate", "sla_compliance", "median_response_hours",
                                         "sqls", "deals_won", "revenue_won", "win_rate", "pipeline_value", "stale_leads"]

    public static func items(from material: AgendaMaterial, pipeline: Pipeline, members: [Member], currency: String) -> [AgendaItem] {
        let names = Dictionary(members.map { ($0.login, $0.name) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(members.map { ($0.login, $0.team) }, uniquingKeysWith: { first, _ in first })
        func person(_ login: String?) -> String { login.map { names[$0] ?? $0 } ?? "nobody" }
        func stage(_ id: String?) -> String { id.map { pipeline.stage($0)?.title ?? $0 } ?? "?" }
        func money(_ amount: Double?) -> String { amount.map { MoneyFormat.whole($0) + " " + currency } ?? "no amount" }
        func who(_ lead: Lead) -> String { lead.company.isEmpty ? lead.name : "\(lead.name) (\(lead.company))" }
        func more(_ shown: Int, of total: Int) -> [AgendaEntry] {
            total > shown ? [AgendaEntry("… and \(total - shown) more", tone: .muted)] : []
        }
        var items: [AgendaItem] = []

        if !material.followUps.isEmpty {
            let agreed = material.previousMeeting?.closedAt.map { " on " + Timestamp.date($0) } ?? ""
            let entries = material.followUps.map { action -> AgendaEntry in
                let late = action.due.map { $0 < material.until } ?? false
                return AgendaEntry(action.body + " · " + person(action.owner) + (action.due.map { " · due " + Timestamp.date($0) + (late ? " (passed)" : "") } ?? ""),
                                   tone: late ? .bad : .normal)
            }
            items.append(AgendaItem(key: AgendaItemKind.followUps.rawValue, kind: .followUps, title: "Follow-ups from the last meeting",
                                    headline: "\(entries.count) action item\(entries.count == 1 ? "" : "s") agreed\(agreed)", entries: entries))
        }

        items.append(kpiItem(material.kpis))

        for win in material.wins.rows {
            let amount = win.event.detail.flatMap(Double.init) ?? win.lead.value
            let marketer = Celebration.sourcingMarketer(campaignOwner: win.campaignOwner, creator: win.creator, handedOffBy: win.handedOffBy, teams: teams)
            let rep = Celebration.closingRep(owner: win.lead.owner, wonBy: win.event.actor, teams: teams)
            let celebration = Celebration(leadID: win.lead.id, lead: win.lead.name, company: win.lead.company, amount: amount,
                                          marketer: marketer.map { person($0) }, campaign: win.campaignName, rep: person(rep))
            let days = max(0, win.event.at - win.lead.createdAt) / KPIPeriod.day
            // Who sourced and who closed it are the celebration's; the lines add how it got here.
            let origin = [win.lead.source.isEmpty ? nil : "source " + win.lead.source, win.campaignName.map { "campaign " + $0 }].compactMap { $0 }
            var entries = [AgendaEntry("Created \(Timestamp.date(win.lead.createdAt)), won \(Timestamp.date(win.event.at)): \(days) days", leadID: win.lead.id)]
            if !origin.isEmpty { entries.insert(AgendaEntry("Came from " + origin.joined(separator: ", "), leadID: win.lead.id), at: 0) }
            if let handed = win.handedOffBy { entries.append(AgendaEntry("Handed off by " + person(handed), leadID: win.lead.id)) }
            items.append(AgendaItem(key: "win:\(win.event.id)", kind: .win, title: "Won: " + (win.lead.company.isEmpty ? win.lead.name : win.lead.company),
                                    headline: money(amount) + " · " + who(win.lead), entries: entries, celebration: celebration))
        }

        if material.handoffs.total > 0 {
            let entries = material.handoffs.rows.map { row -> AgendaEntry in
                let origin = [row.lead.source, row.lead.campaign ?? ""].filter { !$0.isEmpty }.joined(separator: " / ")
                let routed = row.event.detail.map { " · " + $0 } ?? ""
                return AgendaEntry(who(row.lead) + (origin.isEmpty ? "" : " · " + origin) + " · score \(row.lead.score) · by " + person(row.event.actor) + routed,
                                   leadID: row.lead.id)
            }
            items.append(AgendaItem(key: AgendaItemKind.newMQLs.rawValue, kind: .newMQLs, title: "New MQLs: handed off to sales",
                                    headline: "\(material.handoffs.total) handoff\(material.handoffs.total == 1 ? "" : "s") since the last meeting",
                                    entries: entries + more(entries.count, of: material.handoffs.total), total: material.handoffs.total))
        }

        if material.accepted.total > 0 {
            let entries = material.accepted.rows.map { row -> AgendaEntry in
                let owner = row.lead.owner ?? row.event.actor
                let timing = row.response.map { " after " + DurationFormat.hoursMinutes($0.workingSeconds) + ($0.withinServiceLevel ? "" : " (late)") } ?? ""
                return AgendaEntry(who(row.lead) + " · taken by " + person(owner) + timing, leadID: row.lead.id,
                                   tone: row.response.map { $0.withinServiceLevel ? .good : .bad } ?? .normal)
            }
            items.append(AgendaItem(key: AgendaItemKind.accepted.rawValue, kind: .accepted, title: "Accepted handoffs",
                                    headline: "\(material.accepted.total) accepted by sales",
                                    entries: entries + more(entries.count, of: material.accepted.total), total: material.accepted.total))
        }

        if material.rejected.total > 0 {
            let entries = material.rejected.rows.map { row in
                AgendaEntry(who(row.lead) + " · " + (row.event.detail ?? "no reason") + " · by " + person(row.event.actor), leadID: row.lead.id, tone: .bad)
            }
            let reasons = tally(material.rejected.rows.map { reasonCode($0.event.detail) })
            items.append(AgendaItem(key: AgendaItemKind.rejected.rawValue, kind: .rejected, title: "Rejected handoffs, and why",
                                    headline: "\(material.rejected.total) rejected: " + reasons,
                                    entries: entries + more(entries.count, of: material.rejected.total), total: material.rejected.total))
        }

        if material.moves.total > 0 {
            let entries = material.moves.rows.map { row in
                AgendaEntry(who(row.lead) + ": " + stage(row.event.fromStage) + " → " + stage(row.event.toStage) + " · " + person(row.event.actor),
                            leadID: row.lead.id)
            }
            items.append(AgendaItem(key: AgendaItemKind.moves.rawValue, kind: .moves, title: "Stage moves",
                                    headline: "\(material.moves.total) lead\(material.moves.total == 1 ? "" : "s") moved between stages",
                                    entries: entries + more(entries.count, of: material.moves.total), total: material.moves.total))
        }

        if material.losses.total > 0 {
            let entries = material.losses.rows.map { row in
                AgendaEntry(who(row.lead) + " · " + (row.event.detail ?? "no reason") + " · " + money(row.lead.value) + " · " + person(row.lead.owner ?? row.event.actor),
                            leadID: row.lead.id, tone: .bad)
            }
            let reasons = tally(material.losses.rows.map { $0.event.detail ?? "?" })
            items.append(AgendaItem(key: AgendaItemKind.losses.rawValue, kind: .losses, title: "Losses, and why",
                                    headline: "\(material.losses.total) lost: " + reasons,
                                    entries: entries + more(entries.count, of: material.losses.total), total: material.losses.total))
        }

        if material.lateAnswers.total + material.overdue.total > 0 {
            var entries = material.lateAnswers.rows.map { row -> AgendaEntry in
                let late = row.response.map { " · answered " + DurationFormat.hoursMinutes(max(0, $0.answeredAt - $0.dueAt)) + " after due" } ?? ""
                return AgendaEntry(who(row.lead) + " · " + row.event.kind + " by " + person(row.event.actor) + late, leadID: row.lead.id, tone: .bad)
            }
            entries += more(entries.count, of: material.lateAnswers.total)
            let waiting = material.overdue.rows.map { item in
                AgendaEntry(who(item.lead) + " · still waiting, " + item.clock(now: material.until).text + " · " + (item.lead.owner.map { person($0) } ?? "unassigned"),
                            leadID: item.lead.id, tone: .bad)
            }
            entries += waiting + more(waiting.count, of: material.overdue.total)
            items.append(AgendaItem(key: AgendaItemKind.slaBreaches.rawValue, kind: .slaBreaches, title: "SLA breaches",
                                    headline: "\(material.lateAnswers.total) answered late · \(material.overdue.total) waiting past due",
                                    entries: entries, total: material.lateAnswers.total + material.overdue.total))
        }

        if material.stale.total > 0 {
            let entries = material.stale.rows.map { row in
                AgendaEntry(who(row.lead) + " · " + stage(row.lead.stage) + " · idle \(max(0, material.until - row.idleSince) / KPIPeriod.day) days · "
                            + (row.lead.owner.map { person($0) } ?? "no owner"), leadID: row.lead.id, tone: .bad)
            }
            items.append(AgendaItem(key: AgendaItemKind.stale.rawValue, kind: .stale, title: "Stale leads",
                                    headline: "\(material.stale.total) lead\(material.stale.total == 1 ? "" : "s") idle longer than their stage allows",
                                    entries: entries + more(entries.count, of: material.stale.total), total: material.stale.total))
        }
        return items
    }

    /// The KPIs of the window against the period before it, one line per headline figure.
    static func kpiItem(_ report: KPIReport?) -> AgendaItem {
        guard let report else {
            return AgendaItem(key: AgendaItemKind.kpis.rawValue, kind: .kpis, title: "KPIs", headline: "no figures", entries: [])
        }
        let entries = headlineFigures.compactMap(KPIDefinition.named).map { definition -> AgendaEntry in
            let now = definition.value(in: report)
            let before = definition.previousValue(in: report)
            var text = TerminalText.fit(definition.title, to: 20) + TerminalText.fit(KPIFormat.value(now, unit: definition.unit), to: 12, alignRight: true)
            if definition.isSnapshot {
                text += "   (now)"
            } else {
                text += "   before " + TerminalText.fit(KPIFormat.value(before, unit: definition.unit), to: 10, alignRight: true)
                    + "   " + KPIFormat.change(from: before, to: now, unit: definition.unit)
            }
            let tone: AgendaEntry.Tone
            switch KPIFormat.trend(from: before, to: now, direction: definition.direction) {
            case .better: tone = .good
            case .worse: tone = .bad
            case .flat, .unknown: tone = .normal
            }
            return AgendaEntry(text, tone: tone)
        }
        let compared = report.previousPeriod.map { " vs " + $0.rangeText } ?? ""
        return AgendaItem(key: AgendaItemKind.kpis.rawValue, kind: .kpis, title: "KPIs since the last meeting",
                          headline: report.period.rangeText + compared, entries: entries)
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
