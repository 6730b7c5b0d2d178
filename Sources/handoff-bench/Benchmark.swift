import Foundation
import HandoffCore

/// One run: for each size, the data set (built or reused) and every measure asked for, in an order
/// that keeps the measures that write away from the pristine set (they work on copies).
struct Benchmark {
    let tools: Tools
    let folder: String
    let moves: Int
    /// The measures to take (all by default; `--only` narrows it while working on one).
    let measures: Set<Measure>

    /// Repetitions of the cheap measures, and of the ones that take seconds each.
    static let repetitions = 10
    static let slowRepetitions = 3
    static let pages = 200

    func run(leads: Int, into report: inout Report) throws {
        let set = DataSet(leads: leads, folder: folder)
        let reference = SQLiteReference(tools: tools)
        let before = Machine.load()
        func step(_ what: String) {
            FileHandle.standardError.write(Data("[\(MoneyFormat.whole(Double(leads))) leads] \(what)\n".utf8))
        }
        func wants(_ any: Measure...) -> Bool { any.contains { measures.contains($0) } }
        step(set.isComplete ? "reusing \(set.database)" : "generating \(set.database)")
        let built = try set.prepare(tools: tools)
        var figures: [Figure] = []
        let importing = ImportBench(set: set, tools: tools, reference: reference)
        if wants(.generate) {
            step("generate")
            figures.append(try importing.generateFigure(repetitions: leads >= 1_000_000 ? 1 : Benchmark.slowRepetitions, built: built))
        }
        let board = BoardBench(set: set, tools: tools, reference: reference)
        if wants(.openSnapshot) {
            step("open (snapshot)")
            figures.append(try board.openSnapshot(repetitions: Benchmark.repetitions))
        }
        let dashboard = DashboardBench(set: set, reference: reference)
        if wants(.dashboardAllTime) {
            step("dashboard, all time")
            figures.append(try dashboard.figure(.dashboardAllTime, period: .allTime, repetitions: Benchmark.repetitions))
        }
        if wants(.dashboardLast30Days) {
            step("dashboard, last 30 days")
            figures.append(
                try dashboard.figure(.dashboardLast30Days, period: .preset(.last30, now: DataSet.now), repetitions: Benchmark.repetitions))
        }
        if wants(.historyCheck) {
            step("history check")
            figures.append(try HistoryBench(set: set).figure(repetitions: Benchmark.slowRepetitions))
        }
        if wants(.nextPage) {
            step("next page")
            figures.append(try board.nextPage(pages: Benchmark.pages))
        }
        if wants(.keyToScreen, .openTerminal, .peakMemory, .liveSync, .rescoring) {
            let work = try set.copy(named: "work")
            defer { DataSet.remove(work) }
            if wants(.keyToScreen) {
                step("key to screen")
                let replay = try set.copy(named: "replay")
                defer { DataSet.remove(replay) }
                figures.append(try board.keyToScreen(moves: moves, traced: min(moves, Benchmark.pages), work: work, replay: replay))
            }
            if wants(.openTerminal, .peakMemory, .liveSync) {
                step("terminal: open, peak memory, live sync")
                let terminal = try TerminalBench(set: set, tools: tools, board: work)
                figures.append(try terminal.open(repetitions: Benchmark.repetitions / 2))
                if wants(.peakMemory) { figures.append(try terminal.peakMemory()) }
                if wants(.liveSync) { figures.append(try terminal.liveSync(repetitions: Benchmark.repetitions)) }
                try terminal.close()
            }
            if wants(.rescoring) {
                step("rescoring")
                figures.append(
                    try RescoringBench(set: set, tools: tools, reference: reference).figure(
                        on: work, repetitions: Benchmark.slowRepetitions))
            }
        }
        if wants(.importCSV) {
            step("import")
            figures.append(try importing.importFigure(repetitions: Benchmark.slowRepetitions))
        }
        report.figures += figures.filter { measures.contains($0.measure) }
            .sorted { Measure.allCases.firstIndex(of: $0.measure)! < Measure.allCases.firstIndex(of: $1.measure)! }
        report.loads.append((leads, before, Machine.load()))
    }
}
