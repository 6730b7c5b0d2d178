import HandoffCore
import HandoffStore
import HandoffTUI

/// What a board shows checked against what the store holds: the one promise every other feature
/// rests on. Used after each step of the view tests and the randomized run.
public enum BoardTruth {
    /// Each column header that disagrees with the store (counting only the filter's matches while
    /// one is active), and the status bar's lead count, as "stage: shown …, stored …". Empty when the
    /// screen tells the truth.
    public static func mismatches(_ app: AppRuntime, store: Store) -> [String] {
        let state = app.state
        let search = state.filter.map { LeadSearch(filter: $0, user: app.actor, now: state.now) }
        guard let stored = try? store.stageTotals(matching: search), let all = try? store.stageTotals(),
            let accounts = try? store.accountTotals(matching: search)
        else { return ["the store could not be read"] }
        var problems: [String] = []
        for column in state.columns {
            // The customer band's headers count accounts and their revenue to date.
            let truth = (column.stage.isCustomer ? accounts : stored)[column.stage.id] ?? StageTotal(leads: 0, value: 0)
            if column.total.leads != truth.leads || abs(column.total.value - truth.value) > 0.005 {
                problems.append(
                    "\(column.stage.id): shown \(column.total.leads) · \(column.total.value), stored \(truth.leads) · \(truth.value)")
            }
        }
        let total = all.values.reduce(0) { $0 + $1.leads }
        if state.totalLeads != total { problems.append("board: shown \(state.totalLeads) leads, stored \(total)") }
        // The cards on screen are what the store holds now: an account shows its stage and figures.
        for column in state.columns where column.stage.isCustomer {
            for shown in column.accounts {
                guard let stored = try? store.account(id: shown.id) else {
                    problems.append("\(column.stage.id): account \(shown.id) is shown but no longer exists")
                    continue
                }
                if stored.stage != column.stage.id || stored.revenue != shown.revenue || stored.version != shown.version
                    || stored.lastScore != shown.lastScore
                {
                    problems.append(
                        "\(column.stage.id): account \(shown.id) shown at version \(shown.version), stored at \(stored.version) in \(stored.stage)"
                    )
                }
            }
        }
        return problems
    }
}
