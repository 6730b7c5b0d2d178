import HandoffCore
import HandoffStore
import HandoffTUI

/// The board as the terminal drives it, through `AppRuntime`: opening (`handoff snapshot`, a
/// process from start to its printed frame), a key that moves a lead through the write, the reload
/// of the visible columns and the render, and the next page of the largest column.
struct BoardBench {
    let set: DataSet
    let tools: Tools
    let reference: SQLiteReference

    static let width = 120
    static let height = 40

    /// `handoff snapshot` from process start to its frame printed, and the sqlite3 tool running
    /// the statements the board runs on opening (both from process start to exit).
    func openSnapshot(repetitions: Int) throws -> Figure {
        let statements = try openStatements()
        var samples = Samples(), references = Samples()
        for _ in 0..<repetitions {
            samples.add(
                try tools.handoff([
                    "snapshot", "--db", set.database, "--width", String(BoardBench.width),
                    "--height", String(BoardBench.height),
                ]).seconds)
            references.add(try reference.run(statements, on: set.database))
        }
        return Figure(
            measure: .openSnapshot, leads: set.leads, samples: samples, reference: references,
            note: "\(statements.count) statements")
    }

    /// What the board runs once its file is open, up to the first frame, as `handoff snapshot` does.
    private func openStatements() throws -> [String] {
        let store = try Store(path: set.database, readOnly: true)
        var statements: [String] = []
        store.connection.traceStatements { statements.append($0) }
        let runtime = AppRuntime(store: store, actor: Tools.actor, width: BoardBench.width, height: BoardBench.height)
        if let key = KeyMap.standard.key(showing: .board) { runtime.send(.key(key)) }
        _ = runtime.render()
        store.connection.traceStatements(nil)
        return statements
    }

    /// `moves` presses of L and H on the first lead of the first column (it goes to the next stage
    /// and back, the selection following it), each timed from the key to the rendered frame.
    /// First `traced` moves record their SQL, which the sqlite3 tool then replays on `replay`, a
    /// copy of `work` as it was before them.
    func keyToScreen(moves: Int, traced: Int, work: String, replay: String) throws -> Figure {
        let store = try Store(path: work)
        let runtime = AppRuntime(store: store, actor: Tools.actor, width: BoardBench.width, height: BoardBench.height)
        guard let forward = KeyMap.standard.key(for: .moveForward), let back = KeyMap.standard.key(for: .moveBack) else {
            throw Tools.Failure(description: "the key map has no keys to move a lead")
        }
        guard let first = runtime.state.columns.first, first.total.leads > 0 else {
            throw Tools.Failure(description: "the first column of \(work) is empty: nothing to move")
        }
        var pressed = 0
        func press() throws -> (wall: Double, cpu: Double) {
            // Between keys a person pauses: the loop ticks, looks for other terminals' commits and
            // does its idle work, as the terminal's loop does when no key comes; not timed.
            runtime.pollForChanges()
            runtime.idle()
            let key = pressed % 2 == 0 ? forward : back
            pressed += 1
            let seconds = Samples.timeWithCPU {
                runtime.send(.key(key))
                _ = runtime.render()
            }
            if let status = runtime.state.status, status.tone == .error {
                throw Tools.Failure(description: "moving a lead failed: \(status.text)")
            }
            return seconds
        }
        var statements: [String] = []
        store.connection.traceStatements { statements.append($0) }
        for _ in 0..<traced { _ = try press() }
        store.connection.traceStatements(nil)
        var samples = Samples(), cpu = Samples()
        for _ in 0..<moves {
            let seconds = try press()
            samples.add(seconds.wall)
            cpu.add(seconds.cpu)
        }
        let references = try reference.perOperation(statements, operations: traced, on: replay, repetitions: 1)
        return Figure(
            measure: .keyToScreen, leads: set.leads, samples: samples, reference: references,
            note: "\(moves) moves between \(first.stage.id) (\(MoneyFormat.whole(Double(first.total.leads))) leads) and the next stage",
            cpu: cpu)
    }

    /// `pages` presses of PgDn down the largest column, each timed from the key to the frame.
    func nextPage(pages: Int) throws -> Figure {
        let store = try Store(path: set.database, readOnly: true)
        let runtime = AppRuntime(store: store, actor: Tools.actor, width: BoardBench.width, height: BoardBench.height, now: DataSet.now)
        let columns = runtime.state.columns
        guard let largest = columns.indices.max(by: { columns[$0].total.leads < columns[$1].total.leads }),
            let right = KeyMap.standard.key(for: .columnRight), let top = KeyMap.standard.key(for: .firstLead)
        else {
            throw Tools.Failure(description: "the board has no columns")
        }
        for _ in 0..<largest where runtime.state.selectedColumn < largest { runtime.send(.key(right)) }
        func page() -> (wall: Double, cpu: Double) {
            Samples.timeWithCPU {
                runtime.send(.key(.pageDown))
                _ = runtime.render()
            }
        }
        var samples = Samples(), cpu = Samples()
        for _ in 0..<pages {
            let seconds = page()
            samples.add(seconds.wall)
            cpu.add(seconds.cpu)
        }
        runtime.send(.key(top))
        var statements: [String] = []
        store.connection.traceStatements { statements.append($0) }
        for _ in 0..<pages { _ = page() }
        store.connection.traceStatements(nil)
        let references = try reference.perOperation(statements, operations: pages, on: set.database, repetitions: 3)
        let column = columns[largest]
        return Figure(
            measure: .nextPage, leads: set.leads, samples: samples, reference: references,
            note: "\(column.stage.id): \(MoneyFormat.whole(Double(column.total.leads))) leads", cpu: cpu)
    }
}
