import HandoffCore
import HandoffStore

/// Every figure of the dashboard and `handoff kpi`, computed in this process as the dashboard
/// computes them, for all time and for the last 30 days of the data set.
struct DashboardBench {
    let set: DataSet
    let reference: SQLiteReference

    func figure(_ measure: Measure, period: KPIPeriod, repetitions: Int) throws -> Figure {
        let store = try Store(path: set.database, readOnly: true)
        var samples = Samples(), cpu = Samples()
        for _ in 0..<repetitions {
            let seconds = try Samples.timeWithCPU { _ = try store.kpiReport(period: period, now: DataSet.now) }
            samples.add(seconds.wall)
            cpu.add(seconds.cpu)
        }
        var statements: [String] = []
        store.connection.traceStatements { statements.append($0) }
        _ = try store.kpiReport(period: period, now: DataSet.now)
        store.connection.traceStatements(nil)
        let references = try reference.perOperation(statements, operations: 1, on: set.database, repetitions: repetitions)
        return Figure(
            measure: measure, leads: set.leads, samples: samples, reference: references, note: "\(statements.count) statements", cpu: cpu)
    }
}
