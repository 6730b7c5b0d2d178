import Foundation
import HandoffCore

/// One run: for each size, the data set (built or reused) and every measure, in an order that
/// keeps the measures that write away from the pristine set (they work on copies).
struct Benchmark {
    let tools: Tools
    let folder: String
    let moves: Int

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
        step(set.isComplete ? "reusing \(set.database)" : "generating \(set.database)")
        let built = try set.prepare(tools: tools)
        var figures: [Figure] = []
        step("generate")
        let importing = ImportBench(set: set, tools: tools)
        figures.append(try importing.generateFigure(repetitions: leads >= 1_000_000 ? 1 : Benchmark.slowRepetitions, built: built))
        step("open (snapshot)")
        let board = BoardBench(set: set, tools: tools, reference: reference)
        figures.append(try board.openSnapshot(repetitions: Benchmark.repetitions))
        step("dashboard")
        let dashboard = DashboardBench(set: set, reference: reference)
        figures.append(try dashboard.figure(.dashboardAllTime, period: .allTime, repetitions: Benchmark.repetitions))
        figures.append(try dashboard.figure(.dashboardLast30Days, period: .preset(.last30, now: DataSet.now), repetitions: Benchmark.repetitions))
        step("next page")
        figures.append(try board.nextPage(pages: Benchmark.pages))
        step("key to screen")
        let work = try set.copy(named: "work")
        defer { DataSet.remove(work) }
        let replay = try set.copy(named: "replay")
        let traced = min(moves, Benchmark.pages)
        let keys = try board.keyToScreen(moves: moves, traced: traced, work: work, replay: replay)
        DataSet.remove(replay)
        figures.append(keys)
        step("terminal: open, peak memory, live sync")
        let terminal = try TerminalBench(set: set, tools: tools, board: work)
        figures.append(try terminal.open(repetitions: Benchmark.repetitions / 2))
        figures.append(try terminal.peakMemory())
        figures.append(try terminal.liveSync(repetitions: Benchmark.repetitions))
        try terminal.close()
        step("rescoring")
        figures.append(try RescoringBench(set: set, tools: tools, reference: reference).figure(on: work, repetitions: Benchmark.slowRepetitions))
        step("import")
        figures.append(try importing.importFigure(repetitions: Benchmark.slowRepetitions))
        report.figures += figures.sorted { Measure.allCases.firstIndex(of: $0.measure)! < Measure.allCases.firstIndex(of: $1.measure)! }
        report.loads.append((leads, before, Machine.load()))
    }
}
