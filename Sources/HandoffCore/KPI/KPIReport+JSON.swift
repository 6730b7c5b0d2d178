import Foundation

/// `handoff kpi --json` and the JSON report: every figure under its key (numbers; null when not
/// defined), the periods, the breakdowns and tables, and the counts the ratios are made of.
/// Rates are fractions (0.82 for 82%); money is in the board currency; times are ISO 8601 UTC.
extension KPIReport {
    public func jsonObject() -> [String: Any] {
        var object: [String: Any] = [:]
        for definition in KPIDefinition.figures { object[definition.id] = KPIReport.json(definition.value(in: self)) }
        object["period"] = KPIReport.json(period)
        object["previous_period"] = previousPeriod.map(KPIReport.json) ?? NSNull()
        if let previous {
            var earlier: [String: Any] = [:]
            for definition in KPIDefinition.figures where !definition.isSnapshot && !definition.isChart {
                if let value = definition.previousValue(in: self) {
                    earlier[definition.id] = value
                } else {
                    earlier[definition.id] = NSNull()
                }
            }
            earlier["inputs"] = KPIReport.inputs(previous)
            object["previous"] = earlier
        } else {
            object["previous"] = NSNull()
        }
        object["inputs"] = KPIReport.inputs(current)
        object["scoring_version"] = scoringVersion ?? NSNull() as Any
        object["currency"] = currency
        object["as_of"] = Timestamp.iso(asOf)
        object["leads_by_source"] = leadsBySource.map { ["source": $0.key, "count": $0.count] as [String: Any] }
        object["rejection_reasons"] = rejectionReasons.map { ["reason": $0.key, "count": $0.count] as [String: Any] }
        object["funnel"] = funnel.map {
            ["step": $0.title(Strings.english), "count": $0.count, "conversion": KPIReport.json($0.conversion)] as [String: Any]
        }
        object["funnel_began_in_sales"] = beganInSales
        object["undated_leads"] = undatedLeads
        object["weekly"] =
            [
                "weeks_from": Timestamp.date(weekly.firstWeekStart), "leads": weekly.leads, "mqls": weekly.mqls,
                "revenue": weekly.revenue,
            ] as [String: Any]
        object["campaigns"] = campaigns.map { row -> [String: Any] in
            [
                "id": row.id, "name": row.name, "owner": row.owner ?? NSNull() as Any, "spend": row.spend, "leads": row.leads,
                "mqls": row.mqls,
                "accepted": row.accepted, "won": row.won, "revenue": row.revenue, "cpl": KPIReport.json(row.costPerLead),
                "roi": KPIReport.json(row.roi),
            ]
        }
        object["reps"] = reps.map { row -> [String: Any] in
            [
                "login": row.login, "name": row.name, "accepted": row.accepted, "won": row.won, "revenue": row.revenue,
                "median_response_hours": KPIReport.json(row.medianResponseSeconds.map { $0 / 3_600 }),
            ]
        }
        return object
    }

    /// The object as pretty, key-sorted JSON text.
    public func jsonText() throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: jsonObject(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func json(_ value: Double?) -> Any { value.map { $0 as Any } ?? NSNull() }

    static func json(_ period: KPIPeriod) -> [String: Any] {
        // A window that does not start and end at midnight (a meeting's) is given to the second.
        let moment = period.isWholeDays ? Timestamp.date : Timestamp.iso
        return [
            "kind": period.kind.rawValue, "title": period.title, "from": moment(period.start),
            "to": period.end >= KPIPeriod.farFuture ? NSNull() as Any : moment(period.end),
        ]
    }

    static func customerInputs(_ c: CustomerFigures) -> [String: Any] {
        [
            "customers_at_start": c.customersAtStart, "customers_lost": c.customersLost, "customers_by_end": c.customersByEnd,
            "repeat_customers": c.repeatCustomers, "starting_customers_revenue": c.startingCustomersRevenue,
            "starting_customers_revenue_before": c.startingCustomersRevenueBefore, "repeat_deals_won": c.repeatDealsWon,
            "promoters": c.promoters, "passives": c.passives, "detractors": c.detractors, "accounts": c.accounts,
            "account_revenue": c.accountRevenue, "account_years": c.accountYears, "onboarded": c.onboarded,
            "referrals": c.referrals, "referrals_won": c.referralsWon, "referrals_lost": c.referralsLost,
            "referral_revenue": c.referralRevenue,
        ]
    }

    /// The counts behind the ratios, so a reader can redo every division.
    static func inputs(_ figures: KPIFigures) -> [String: Any] {
        [
            "sla_due": figures.slaDue, "sla_on_time": figures.slaOnTime, "mqls_reaching_sql": figures.mqlsReachingSQL,
            "deals_won_all_time": figures.dealsWonAllTime, "customers_all_time": figures.customersAllTime,
            "customer_lifespan_years": figures.customerLifespanYears, "customers": customerInputs(figures.customers),
        ]
    }
}
