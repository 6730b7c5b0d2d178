import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI

/// A long, seeded, random session on a real board, driven through `AppRuntime` as the terminal
/// drives it: keys over every view, forms, the `:` line, the palette and the filter, with another
/// person writing to the same file in between. After every step the screen is checked against the
/// store and against a board opened afresh at the same place; a failure is replayed on a new copy of
/// the board with fewer steps until no step can go, and reported with its seed.
struct RandomSession {
    /// One thing that happens: a key of the person's, another person's write (then the tick that
    /// notices it), or the terminal resized.
    enum Step: CustomStringConvertible {
        case key(Key)
        case other(seed: UInt64)
        case resize(width: Int, height: Int)

        var description: String {
            switch self {
            case let .key(key): return RandomSession.name(of: key)
            case let .other(seed): return "«other \(seed)»"
            case let .resize(width, height): return "«\(width)x\(height)»"
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var step: Int
        var problem: String
        var description: String { "step \(step): \(problem)" }
    }

    let actor: String
    let now: Int64

    /// The steps of one run: phrases a person would type, drawn with weights, flattened to keys.
    static func steps(seed: UInt64, count: Int) -> [Step] {
        var random = SeededRandom(seed: seed)
        var steps: [Step] = []
        while steps.count < count {
            steps += phrase(&random)
        }
        return Array(steps.prefix(count))
    }

    private static func keys(_ text: String) -> [Step] {
        text.map { character in
            switch character {
            case "⏎": return .key(.enter)
            case "⎋": return .key(.escape)
            case "⇥": return .key(.tab)
            case "⇤": return .key(.backTab)
            case "→": return .key(.right)
            case "←": return .key(.left)
            case "⌫": return .key(.backspace)
            default: return .key(.character(character))
            }
        }
    }

    private static func phrase(_ random: inout SeededRandom) -> [Step] {
        let stages = [
            "lead", "nurture", "mql", "sal", "sql", "proposal", "negotiation", "won", "lost", "onboarding", "active", "at_risk", "churned",
        ]
        // Eleven steps right reach the customer band from anywhere on the board.
        let band = String(repeating: "l", count: 11)
        let phrases: [(weight: Int, make: (inout SeededRandom) -> [Step])] = [
            (30, { random in keys(String(random.pick(Array("hjklhjkljjkkgG")))) }),
            (4, { random in [.key(random.pick([.pageDown, .pageUp, .down, .up, .left, .right, .home, .end]))] }),
            (6, { random in keys(random.pick(["L", "H", ">", "<"])) }),
            (3, { random in keys(random.pick(["w⏎", "w⇥⏎", "w" + String(random.between(1, 90_000)) + "⏎", "wabc⏎⎋"])) }),
            (3, { random in keys(random.pick(["o→⏎", "o→→⏎", "o⏎⎋"])) }),
            (3, { random in keys(random.pick(["x→⏎", "x→→⇥too early⏎", "x⏎⎋", "a", "A⏎", "A→⏎"])) }),
            (3, { random in keys(random.pick(["ccall back⏎", "cnext step⇥+2⏎", "c⏎⎋", "cnote⇥31/02⏎⎋"])) }),
            (
                2,
                { random in
                    keys(random.pick(["nZed Random⏎", "n⏎⎋", "e⇥⇥⇥⇥⇥⇥" + String(random.between(1, 50_000)) + "⏎", "e⏎", "e⇥⇥x@⏎⎋"]))
                }
            ),
            (6, { random in keys(random.pick(["u", "u", "uu"])) + (random.chance(0.4) ? [.key(.control("r"))] : []) }),
            (5, { random in keys(random.pick(["1", "2", "3", "4", "⇥", "⇤", "1", "1"])) }),
            (2, { random in keys(random.pick(["m", "mn", "mnnd", "mG", "mz", "m⎋", "mp"])) + keys("⎋") }),
            (3, { random in keys(random.pick(["⏎", "⏎j", "?", "?jj"])) + keys("⎋") }),
            (3, { random in keys(random.pick(["2v", "2vjv", "2f", "2p", "2b", "2⎋", "2jv"])) }),
            (3, { random in keys(random.pick(["/ana⏎", "/owner:tom⏎", "/score:>50⏎", "/zzz⏎", "⎋", "n", "N"])) }),
            (3, { random in keys(":move " + random.pick(stages) + "⏎") + (random.chance(0.5) ? keys("→⏎") : keys("⎋")) }),
            (2, { random in keys(":goto " + String(random.between(1_150, 1_500)) + "⏎⎋") }),
            (2, { random in [.key(.control("p"))] + keys(random.pick(["won", "undo", "move", "inbox", "board", "next"])) + keys("⏎⎋") }),
            (2, { random in keys(random.pick(["3+", "3-", "3=", "4]", "4[", "4p", "4j", "4s", "4S"])) }),
            (
                2,
                { random in
                    [
                        .key(
                            random.pick([
                                .character("q"), .character("z"), .character("%"), .control("w"), .control("u"), .delete, .backspace,
                            ]))
                    ]
                }
            ),
            // The customer band: accounts moved, opened, answered, followed up, edited, sold to again.
            (5, { random in keys(band + random.pick(["", "h", "hh", "hhh"]) + random.pick(["j", "k", "G", "g", ""])) }),
            (4, { random in keys(random.pick(["L", "H", "<", ">"])) }),
            (
                4,
                { random in
                    keys(
                        "⏎"
                            + random.pick([
                                "s" + String(random.between(0, 10)) + "⏎", "s3⇥too slow⏎", "s11⏎⎋", "s⏎⎋",
                                "cvisit them⇥+" + String(random.between(1, 60)) + "⏎",
                                "c⏎⎋", "t⏎", "t⎋", "e→⏎", "e⇥2027-06-30⏎", "e⇥31/02⏎⎋",
                                "n⇥more seats⇥" + String(random.between(1, 20_000)) + "⏎", "n⏎⎋",
                                "jj", "?",
                            ])) + keys("⎋")
                }
            ),
            (2, { random in keys(random.pick(["c⏎⎋", "cship the kit⇥+4⏎", "e→⏎", "w", "x", "a"])) }),
            (2, { random in keys("R" + random.pick(["1⏎", String(random.between(1, 40)) + "⏎", "⏎⎋", "zzz⏎"])) + keys("⎋") }),
            (
                3,
                { random in
                    keys(random.pick(["iprice too high⏎", "i⏎⎋", "i→→Wants SSO⇥We need SSO⏎", "⏎iAsked for a demo⏎⎋", "2iSetup is slow⏎"]))
                }
            ),
            (
                3,
                { random in
                    keys(
                        "5"
                            + random.pick([
                                "", "j", "k", "l", "lj", "h", "L", "H", "ll", "lla", "llL", "lllL", "⏎", "⏎j⎋", "nNew guide⏎",
                                "n⏎⎋", "c⏎", "i⏎", "e⇥⇥⇥x⏎", "⏎a", "G", "g", "q",
                            ])) + keys("⎋")
                }
            ),
            (
                3,
                { random in
                    keys("6" + random.pick(["", "j", "b", "bb", "p", "⏎", "⏎j", "⏎a⏎", "⏎⏎⎋", "G⏎", "⏎⎋", "bbb⏎k", "pq"])) + keys("⎋")
                }
            ),
            (1, { random in keys(random.pick(["⏎s⏎", "⏎s⎋", "s⏎", "s→⏎"])) + keys("⎋") }),
            (12, { random in [.other(seed: random.next())] }),
            (
                1,
                { random in
                    let size = random.pick([(80, 24), (120, 40), (200, 50), (100, 30)])
                    return [.resize(width: size.0, height: size.1)]
                }
            ),
        ]
        let index = random.weighted(phrases.map(\.weight))
        return phrases[index].make(&random)
    }

    static func name(of key: Key) -> String {
        switch key {
        case let .character(character): return String(character)
        case let .control(character): return "^" + String(character).uppercased()
        case .enter: return "⏎"
        case .escape: return "⎋"
        case .tab: return "⇥"
        case .backTab: return "⇤"
        case .left: return "←"
        case .right: return "→"
        case .up: return "↑"
        case .down: return "↓"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .backspace: return "⌫"
        case .delete: return "Del"
        case .resize: return "Resize"
        }
    }

    /// Runs `steps` on `board` from a new board of `actor`'s; the first broken promise, or nil.
    func run(_ steps: [Step], on board: TemporaryBoard, checkingFrames: Bool = true) throws -> Failure? {
        let store = try board.open()
        let other = try board.open()
        // A connection of its own for the boards opened afresh, so none of the running board's
        // statements or caches is shared.
        let fresh = try board.open()
        let app = AppRuntime(store: store, actor: actor, width: 120, height: 40, now: now)
        for (index, step) in steps.enumerated() {
            let selectedBefore = app.state.selectedLead?.id
            let accountBefore = app.state.selectedLead == nil ? app.state.selectedAccount?.id : nil
            let lastEvent = try Self.lastEventID(store)
            let lastBoardEvent = try store.connection.scalar("SELECT coalesce(max(id), 0) FROM board_events") ?? 0
            switch step {
            case let .key(key):
                app.send(.key(key))
            case let .resize(width, height):
                app.send(.resized(width: width, height: height))
            case let .other(seed):
                try Self.otherPersonWrites(seed: seed, store: other, now: now)
                app.pollForChanges(now: now)
            }
            if let problem = try check(
                app, store: other, fresh: checkingFrames ? fresh : nil, step: step, selectedBefore: selectedBefore,
                lastEvent: lastEvent)
            {
                return Failure(step: index, problem: problem)
            }
            if let expected = try expectedAccount(
                app, store: other, step: step, accountBefore: accountBefore, lastEvent: lastEvent,
                lastBoardEvent: lastBoardEvent), app.state.selectedAccount?.id != expected
            {
                return Failure(
                    step: index,
                    problem: "selected account \(app.state.selectedAccount.map { String($0.id) } ?? "none"), expected \(expected)")
            }
        }
        return nil
    }

    /// Someone else at another terminal: one of the writes a team makes all day.
    static func otherPersonWrites(seed: UInt64, store: Store, now: Int64) throws {
        var random = SeededRandom(seed: seed)
        if random.chance(0.25) {
            try? otherPersonWorksAnAccount(&random, store: store, now: now)
            return
        }
        let operations = WorkloadOperation.all.filter { $0.name != "import" }
        let operation = WorkloadOperation.choose(from: operations, random: &random)
        // A write refused because it no longer fits the board (a lead that moved) is what happens
        // between people too: the board must show whatever did land.
        if let plan = try? operation.plan(store, &random) { _ = try? plan.perform(store) }
    }

    /// The customer team at another terminal: an account moved, answered or followed up.
    static func otherPersonWorksAnAccount(_ random: inout SeededRandom, store: Store, now: Int64) throws {
        let accounts = try store.accounts()
        guard !accounts.isEmpty else { return }
        let account = random.pick(accounts)
        let actor = random.pick(["carmen", "oliver"])
        switch random.between(0, 3) {
        case 0:
            let stage = random.pick(store.pipeline.customerStages.filter { $0.id != account.stage })
            try store.apply(.move(accountID: account.id, toStage: stage.id, expectedVersion: nil), actor: actor, at: now)
        case 1:
            try store.apply(
                .recordSatisfaction(accountID: account.id, score: random.between(0, 10), comment: "asked at the review"), actor: actor,
                at: now)
        case 2:
            if let open = try store.followUps(accountID: account.id).first(where: \.isOpen) {
                try store.apply(.setFollowUpDone(followUpID: open.id, done: true), actor: actor, at: now)
            }
        default:
            try store.apply(
                .addFollowUp(
                    accountID: account.id, body: "call about the renewal", due: now + 86_400 * Int64(random.between(1, 30)), owner: nil),
                actor: actor, at: now)
        }
    }

    static func lastEventID(_ store: Store) throws -> Int64 {
        try store.connection.scalar("SELECT coalesce(max(id), 0) FROM events") ?? 0
    }

    /// The promises, in the order a person would notice them broken.
    private func check(_ app: AppRuntime, store: Store, fresh: Store?, step: Step, selectedBefore: Int64?, lastEvent: Int64) throws
        -> String?
    {
        if app.hasChangesToRead { return "a change could not be read" }
        let headers = BoardTruth.mismatches(app, store: store)
        if !headers.isEmpty { return "headers disagree with the store: " + headers.joined(separator: "; ") }
        let incomplete =
            try store.connection.scalar(
                """
                SELECT count(*) FROM events e WHERE (e.kind = 'won' AND coalesce(e.detail, '') = '')
                   OR (e.kind IN ('lost', 'rejected') AND e.reverts IS NULL AND coalesce(e.detail, '') = '')
                """) ?? 0
        if incomplete > 0 { return "\(incomplete) won, lost or rejected events without their amount or reason" }
        if let expected = try expectedSelection(app, store: store, step: step, selectedBefore: selectedBefore, lastEvent: lastEvent),
            app.state.selectedLead?.id != expected
        {
            return "selected lead \(app.state.selectedLead.map { String($0.id) } ?? "none"), expected \(expected)"
        }
        if let fresh {
            let reopened = AppRuntime(store: fresh, actor: actor, resuming: app.state)
            let shown = app.render().lines, truth = reopened.render().lines
            if let row = shown.indices.first(where: { shown[$0] != truth[$0] }) {
                return "the frame differs from a board opened afresh at line \(row):\n  shown: \(shown[row])\n  fresh: \(truth[row])"
            }
        }
        return nil
    }

    /// The lead the selection must be on, when the step says: the lead this person just changed
    /// (moved, won, restored by undo, created), or after someone else's write the lead that was
    /// selected, wherever it went; nil when the board does not show that lead or nothing is owed.
    private func expectedSelection(_ app: AppRuntime, store: Store, step: Step, selectedBefore: Int64?, lastEvent: Int64) throws -> Int64? {
        let candidate: Int64?
        switch step {
        case .key:
            let own = try store.connection.prepare("SELECT lead_id FROM events WHERE id > ? AND actor = ? ORDER BY id DESC LIMIT 1")
                .rows([.integer(lastEvent), .text(actor)]) { $0.int64(0) }.first
            candidate = own
        case .other:
            candidate = selectedBefore
        case .resize:
            candidate = nil
        }
        guard let id = candidate, app.state.filter == nil, let lead = try store.lead(id: id),
            app.state.columns.contains(where: { $0.stage.id == lead.stage })
        else { return nil }
        return id
    }

    /// The account the selection must be on: the one this person just changed (when the step
    /// changed no lead), or after someone else's write the account that was selected, wherever it
    /// went; nil when the board does not show it or nothing is owed.
    private func expectedAccount(
        _ app: AppRuntime, store: Store, step: Step, accountBefore: Int64?, lastEvent: Int64, lastBoardEvent: Int64
    ) throws -> Int64? {
        let candidate: Int64?
        switch step {
        case .key:
            let ownLead =
                try store.connection.scalar("SELECT count(*) FROM events WHERE id > ? AND actor = ?", .integer(lastEvent), .text(actor))
                ?? 0
            guard ownLead == 0 else { return nil }
            candidate = try store.connection.prepare(
                """
                SELECT CAST(subject AS INTEGER) FROM board_events WHERE id > ? AND actor = ? AND kind IN ('account_moved', 'account_changed',
                    'follow_up_added', 'follow_up_done', 'satisfaction_recorded') ORDER BY id DESC LIMIT 1
                """
            ).rows([.integer(lastBoardEvent), .text(actor)]) { $0.int64(0) }.first
        case .other:
            candidate = accountBefore
        case .resize:
            candidate = nil
        }
        guard let id = candidate, app.state.filter == nil, app.state.view == .board, let account = try store.account(id: id),
            app.state.columns.contains(where: { $0.stage.id == account.stage })
        else { return nil }
        return id
    }

    /// The failing steps made as few as they can be: chunks are dropped while the run still fails.
    func shrink(_ steps: [Step], makeBoard: () throws -> TemporaryBoard, budget: TimeInterval = 90) -> [Step] {
        var current = steps
        let deadline = Date().addingTimeInterval(budget)
        var chunk = max(1, current.count / 2)
        while chunk >= 1 && Date() < deadline {
            var start = 0
            var removedAny = false
            while start < current.count && Date() < deadline {
                var candidate = current
                candidate.removeSubrange(start..<min(current.count, start + chunk))
                if let board = try? makeBoard(), let failure = try? run(candidate, on: board) {
                    current = Array(candidate.prefix(failure.step + 1))
                    removedAny = true
                } else {
                    start += chunk
                }
            }
            if !removedAny { chunk /= 2 }
        }
        return current
    }
}
