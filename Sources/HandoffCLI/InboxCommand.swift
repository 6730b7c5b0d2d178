import Foundation
import HandoffCore
import HandoffStore

/// `handoff inbox [--json]`: the handed-off leads waiting for sales, oldest handoff first, with
/// their service-level clocks. The same query as the inbox view.
enum InboxCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "inbox", summary: Message(.listHandedOffLeads),
        options: [
            OptionSpec(
                "--filter", value: "F", choices: ["all", "mine", "unassigned", "overdue"], Message(.allDefaultMineUnassigned)),
            OptionSpec("--limit", value: "N", Message(.atMostNLeads)),
            OptionSpec("--json", Message(.printAJSONArray)),
        ],
        details:
            Message(.clocksCountWorkingHours)
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let filterName = context.parsed.value("--filter") ?? "all"
        guard let filter = InboxFilter(rawValue: filterName) else {
            throw HandoffError.invalidInput(
                Message(
                    .unknownFilterFilters, "\(TerminalText.sanitize(filterName))",
                    "\(InboxFilter.allCases.map(\.rawValue).joined(separator: ", "))")
            )
        }
        let limit = try context.integer("--limit", default: 100, range: 1...100_000)
        let store = try context.openStore(readOnly: true)
        let now = Timestamp.now()
        let items = try store.inbox(
            Store.InboxQuery(filter: filter, user: try context.actor(in: store), now: now), after: nil, limit: limit)
        if context.parsed.has("--json") {
            try context.printJSON(json(items, now: now))
        } else {
            context.print(table(items, now: now, filter: filter, strings: context.strings))
        }
        return 0
    }

    static func json(_ items: [InboxItem], now: Int64) -> [[String: Any]] {
        items.map { item in
            let lead = item.lead
            let clock = item.clock(now: now)
            return [
                "id": lead.id, "name": lead.name, "company": lead.company, "email": lead.email, "source": lead.source,
                "campaign": lead.campaign ?? NSNull(), "score": lead.score, "owner": lead.owner ?? NSNull(), "version": lead.version,
                "handed_off_at": Timestamp.iso(item.handedOffAt), "handed_off_by": item.handedOffBy ?? NSNull(),
                "due_at": Timestamp.iso(clock.due), "sla_seconds_left": clock.remaining, "sla_state": clock.state.rawValue,
            ]
        }
    }

    static func table(_ items: [InboxItem], now: Int64, filter: InboxFilter, strings: Strings) -> String {
        if items.isEmpty {
            return strings(filter.emptyMessage)
        }
        let widths = [7, 14, 22, 22, 24, 5, 20, 10]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                TerminalText.fit(TerminalText.sanitize(pair.0), to: pair.1, alignRight: index == 5)
            }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        }
        let headers: [Message] = [
            Message(.id), Message(.sla), Message(.name), Message(.company), Message(.sourceCAMPAIGN), Message(.score), Message(.handedOFF),
            Message(.owner),
        ]
        var lines = [row(headers.map { strings($0) })]
        for item in items {
            let lead = item.lead
            let origin = [lead.source, lead.campaign ?? ""].filter { !$0.isEmpty }.joined(separator: " / ")
            let handed = [item.handedOffBy ?? "", strings.ago(Timestamp.elapsed(from: item.handedOffAt, to: now))].filter { !$0.isEmpty }
                .joined(separator: ", ")
            lines.append(
                row([
                    String(lead.id), strings.clock(item.clock(now: now)), lead.name, lead.company, origin, String(lead.score), handed,
                    lead.owner ?? "-",
                ]))
        }
        return lines.joined(separator: "\n")
    }
}
