/// The division behind a ratio, with this period's numbers: "135 / (135 + 29)". Shown under the
/// formula, so anyone can check the figure by hand.
extension KPIDefinition {
    public func inputs(in report: KPIReport, strings: Strings = .english) -> String? {
        let f = report.current
        func money(_ value: Double) -> String { KPIFormat.value(value, unit: .money, strings: strings) }
        func count(_ value: Int) -> String { strings.integer(value) }
        switch id {
        case "cpl": return strings(.inputsCPL, money(f.marketingSpend), count(f.leadsCreated))
        case "cost_per_mql": return strings(.inputsCostPerMQL, money(f.marketingSpend), count(f.mqls))
        case "roi": return "(\(money(f.revenueWon)) - \(money(f.marketingSpend))) / \(money(f.marketingSpend))"
        case "lead_velocity_rate": return report.previous.map { strings(.inputsVelocity, count(f.mqls), count($0.mqls)) }
        case "acceptance_rate": return "\(count(f.accepted)) / (\(count(f.accepted)) + \(count(f.rejected)))"
        case "sla_compliance": return strings(.inputsSLA, count(f.slaOnTime), count(f.slaDue))
        case "mql_to_sql_rate": return strings(.inputsMQLToSQL, count(f.mqlsReachingSQL), count(f.mqls))
        case "win_rate": return "\(count(f.dealsWon)) / (\(count(f.dealsWon)) + \(count(f.dealsLost)))"
        case "avg_deal_size": return strings(.inputsDealSize, money(f.revenueWon), count(f.dealsWon))
        case "goal_attainment": return f.revenueGoal.map { "\(money(f.revenueWon)) / \(money($0))" }
        case "cltv":
            return f.averageDealSize.map {
                strings(
                    .inputsCLTV, money($0), strings(.inputsDeals, count(f.dealsWonAllTime)),
                    strings(.inputsCustomers, count(f.customersAllTime)),
                    strings(.inputsYears, KPIFormat.oneDecimal(f.customerLifespanYears, strings)))
            }
        case "retention_rate", "churn_rate":
            return strings(.inputsRetention, count(f.customers.customersAtStart), count(f.customers.customersLost))
        case "repeat_purchase_rate":
            return strings(.inputsRepeatRate, count(f.customers.repeatCustomers), count(f.customers.customersByEnd))
        case "net_revenue_retention":
            return "\(money(f.customers.startingCustomersRevenue)) / \(money(f.customers.startingCustomersRevenueBefore))"
        case "nps": return strings(.inputsNps, count(f.customers.promoters), count(f.customers.detractors), count(f.customers.answers))
        case "arpa": return strings(.inputsArpa, money(f.customers.accountRevenue), count(f.customers.accounts))
        case "real_cltv":
            return strings(
                .inputsRealCltv, money(f.customers.accountRevenue), KPIFormat.oneDecimal(f.customers.accountYears, strings),
                strings(.inputsYears, KPIFormat.oneDecimal(f.customerLifespanYears, strings)))
        case "referral_win_rate":
            return "\(count(f.customers.referralsWon)) / (\(count(f.customers.referralsWon)) + \(count(f.customers.referralsLost)))"
        default: return nil
        }
    }
}
