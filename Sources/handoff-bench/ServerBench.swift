import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// `handoff-bench --db postgresql://…`: the board's figures on a PostgreSQL server, each beside
/// `psql` running the same statements (traced from the board, values written in) as the
/// reference. An empty database is filled first with `handoff generate`, timed as the import.
struct ServerBench {
    let address: String
    let leads: Int
    let moves: Int
    let tools: Tools
    /// The measures to take (`--only`); the import is taken whenever the database is empty.
    var measures: Set<Measure> = Set(Measure.allCases)
    /// Where to write the statements traced for the `psql` references (`--trace`), to read what a
    /// key or a page costs statement by statement.
    var traceFile: String?

    struct Line {
        var measure: String
        var median: Double
        var p99: Double
        var reference: Double?
        var note: String
    }

    func run() throws -> [Line] {
        var lines: [Line] = []
        var store = try Store(path: address)
        if try store.leadCount() == 0 {
            let generated = try tools.handoff(["generate", "--leads", String(leads), "--db", address])
            store = try Store(path: address)
            let rows = try rowCount(store)
            lines.append(
                Line(
                    measure: "import (generate, COPY)", median: Double(rows) / generated.seconds, p99: 0, reference: nil,
                    note: "\(rows) rows (leads, attributes, events, answers) in \(String(format: "%.1f", generated.seconds)) s: rows/s"))
        }
        let total = try store.leadCount()
        if measures.contains(.openSnapshot) { lines.append(try open()) }
        if measures.contains(.keyToScreen) { lines.append(try keyToScreen(store)) }
        if measures.contains(.nextPage) { lines.append(try nextPage(store)) }
        if measures.contains(.dashboardAllTime) { lines.append(try dashboard(store)) }
        if measures.contains(.liveSync) { lines.append(try liveSync(store)) }
        return lines.map { line in
            var line = line; line.note += " (\(total) leads)"; return line
        }
    }

    private func rowCount(_ store: Store) throws -> Int {
        var rows = 0
        for table in ["leads", "lead_attributes", "events", "responses"] {
            rows += Int(try store.connection.scalar("SELECT count(*) FROM \(table)") ?? 0)
        }
        return rows
    }

    /// `psql` running `statements` from process start to exit, less its start with none.
    private func psql(_ statements: [String], repetitions: Int = 5) throws -> Double {
        let script = tools.scratch + "/reference.sql"
        try (statements.map { $0.hasSuffix(";") ? $0 : $0 + ";" }.joined(separator: "\n") + "\n").write(
            toFile: script, atomically: true, encoding: .utf8)
        var with = Samples(), without = Samples()
        for _ in 0..<repetitions {
            with.add(try tools.run(["psql", "-X", "-q", "-o", "/dev/null", "-d", address, "-f", script]).seconds)
            without.add(try tools.run(["psql", "-X", "-q", "-o", "/dev/null", "-d", address, "-c", "SELECT 1"]).seconds)
        }
        return max(0, with.median - without.median)
    }

    private func traced(_ store: Store, _ body: () throws -> Void) rethrows -> [String] {
        var statements: [String] = []
        store.connection.traceStatements { statements.append($0) }
        defer { store.connection.traceStatements(nil) }
        try body()
        return statements
    }

    /// Appends `statements` under a heading to the `--trace` file, if one was asked for.
    private func keep(_ heading: String, _ statements: [String]) {
        guard let traceFile else { return }
        let text = "-- \(heading): \(statements.count) statements\n" + statements.map { $0 + ";\n" }.joined() + "\n"
        if let handle = FileHandle(forWritingAtPath: traceFile) {
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            handle.closeFile()
        } else {
            _ = FileManager.default.createFile(atPath: traceFile, contents: Data(text.utf8))
        }
    }

    private func open() throws -> Line {
        var samples = Samples()
        for _ in 0..<5 {
            samples.add(try tools.handoff(["snapshot", "--db", address, "--width", "120", "--height", "40"]).seconds)
        }
        let store = try Store(path: address, readOnly: true)
        let statements = traced(store) {
            let runtime = AppRuntime(store: store, actor: Tools.actor, width: 120, height: 40)
            _ = runtime.render()
        }
        var reference = Samples()
        let script = tools.scratch + "/open.sql"
        try (statements.map { $0 + ";" }.joined(separator: "\n") + "\n").write(toFile: script, atomically: true, encoding: .utf8)
        for _ in 0..<5 { reference.add(try tools.run(["psql", "-X", "-q", "-o", "/dev/null", "-d", address, "-f", script]).seconds) }
        keep("open", statements)
        return Line(
            measure: "open (handoff snapshot, process start to frame)", median: samples.median, p99: samples.worst,
            reference: reference.median,
            note: "\(statements.count) statements; psql from process start to exit")
    }

    private func keyToScreen(_ store: Store) throws -> Line {
        let runtime = AppRuntime(store: store, actor: Tools.actor, width: 120, height: 40)
        guard let forward = KeyMap.standard.key(for: .moveForward), let back = KeyMap.standard.key(for: .moveBack) else {
            throw Tools.Failure(description: "the key map has no keys to move a lead")
        }
        var samples = Samples()
        var statements: [String] = []
        for index in 0..<moves {
            runtime.pollForChanges()
            let key = index % 2 == 0 ? forward : back
            let body = {
                samples.add(
                    Samples.time {
                        runtime.send(.key(key))
                        _ = runtime.render()
                    })
            }
            if index < 2 { statements += traced(store, body) } else { body() }
            if let status = runtime.state.status, status.tone == .error {
                throw Tools.Failure(description: "moving a lead failed: \(status.text)")
            }
        }
        // The traced moves again, through psql, forward and back, so the board ends as it began.
        keep("two moves, forward and back", statements)
        let reference = try psql(statements, repetitions: 3) / 2
        return Line(
            measure: "key to screen (move, reload, render)", median: samples.median, p99: samples.percentile(99), reference: reference,
            note: "\(moves) moves, \(statements.count / 2) statements each")
    }

    private func nextPage(_ store: Store) throws -> Line {
        let totals = try store.stageTotals()
        guard let largest = totals.max(by: { $0.value.leads < $1.value.leads })?.key else { throw Tools.Failure(description: "no leads") }
        var samples = Samples()
        var cursor: BoardCursor?
        var statements: [String] = []
        for index in 0..<200 {
            var page: [Lead] = []
            let body = { samples.add(try Samples.time { page = try store.page(stage: largest, after: cursor, limit: 30) }) }
            if index < 5 { statements += try traced(store, body) } else { try body() }
            cursor = page.last.map { BoardCursor(enteredAt: $0.enteredAt, id: $0.id) }
        }
        keep("five pages", statements)
        return Line(
            measure: "next page (30 cards, keyset)", median: samples.median, p99: samples.percentile(99),
            reference: try psql(statements) / 5,
            note: "200 pages down \(largest), \(statements.count / 5) statements each")
    }

    private func dashboard(_ store: Store) throws -> Line {
        var samples = Samples()
        var statements: [String] = []
        for index in 0..<5 {
            let body = { samples.add(try Samples.time { _ = try store.kpiReport(period: .allTime, now: Timestamp.now()) }) }
            if index == 0 { statements = try traced(store, body) } else { try body() }
        }
        return Line(
            measure: "dashboard (every KPI, all time)", median: samples.median, p99: samples.worst,
            reference: try psql(statements, repetitions: 3),
            note: "\(statements.count) statements")
    }

    private func liveSync(_ store: Store) throws -> Line {
        let other = try Store(path: address)
        guard let descriptor = other.changeDescriptor, let lead = try store.page(stage: "lead", after: nil, limit: 1).first else {
            throw Tools.Failure(description: "no lead to move, or no connection to listen on")
        }
        var samples = Samples()
        var before = try other.dataVersion()
        for index in 0..<200 {
            let started = DispatchTime.now().uptimeNanoseconds
            try store.apply(.move(leadID: lead.id, toStage: index % 2 == 0 ? "nurture" : "lead", expectedVersion: nil), actor: "lucia")
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            while try other.dataVersion() == before { _ = poll(&ready, 1, 1_000) }
            before = try other.dataVersion()
            samples.add(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        }
        return Line(
            measure: "live sync (commit to the other connection)", median: samples.median, p99: samples.percentile(99), reference: nil,
            note: "200 moves; LISTEN/NOTIFY")
    }

    static func table(_ lines: [Line]) -> String {
        func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1_000) }
        var text = "| measure | median | p99 / worst | psql, same statements | note |\n| --- | --- | --- | --- | --- |\n"
        for line in lines {
            if line.measure.hasPrefix("import") {
                text += "| \(line.measure) | \(Int(line.median)) rows/s | | | \(line.note) |\n"
            } else {
                text += "| \(line.measure) | \(ms(line.median)) | \(ms(line.p99)) | \(line.reference.map(ms) ?? "") | \(line.note) |\n"
            }
        }
        return text
    }
}
