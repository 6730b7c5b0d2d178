/// The division behind a ratio, with this period's numbers: "135 / (135 + 29)". Shown under the
/// formula, so anyone can check the figure by hand.
extension KPIDefinition {
    public func inputs(in report: KPIReport) -> String? {
        let f = report.current
        func money(_ value: Double) -> String { KPIFormat.value(value, unit: .money) }
        switch id {
        case "cpl": return "\(money(f.marketingSpend)) / \(f.leadsCreated) leads"
        case "cost_per_mql": return "\(money(f.marketingSpend)) / \(f.mqls) MQLs"
        case "roi": return "(\(money(f.revenueWon)) - \(money(f.marketingSpend))) / \(money(f.marketingSpend))"
        case "lead_velocity_rate":
            return report.previous.map { "(\(f.mqls) - \($0.mqls)) / \($0.mqls) MQLs" }
        case "acceptance_rate": return "\(f.accepted) / (\(f.accepted) + \(f.rejected))"
        case "sla_compliance": return "\(f.slaOnTime) on time / \(f.slaDue) due"
        case "mql_to_sql_rate": return "\(f.mqlsReachingSQL) of \(f.mqls) MQLs became SQL"
        case "win_rate": return "\(f.dealsWon) / (\(f.dealsWon) + \(f.dealsLost))"
        case "avg_deal_size": return "\(money(f.revenueWon)) / \(f.dealsWon) deals"
        case "goal_attainment": return f.revenueGoal.map { "\(money(f.revenueWon)) / \(money($0))" }
        case "cltv":
            return f.averageDealSize.map { "\(money($0)) × (\(f.dealsWonAllTime) deals / \(f.customersAllTime) customers) × \(KPIFormat.oneDecimal(f.customerLifespanYears)) years" }
        default: return nil
        }
    }
}
