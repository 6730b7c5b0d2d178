/// The figures, in dashboard order, with the formulas of the shared design (their words are in
/// the `Strings` tables, English first). Keys are those of `handoff kpi --json`.
extension KPIDefinition {
    public static let figures: [KPIDefinition] = [
        KPIDefinition(
            "leads_created", .kpiLeadsCreated, .formulaLeadsCreated, .marketing, .count, .higherIsBetter,
            read: { Double($0.leadsCreated) }),
        KPIDefinition(
            "mqls", .kpiMqls, .formulaMqls, .marketing, .count, .higherIsBetter,
            read: { Double($0.mqls) }),
        KPIDefinition(
            "marketing_spend", .kpiMarketingSpend, .formulaMarketingSpend, .marketing, .money, .neutral,
            read: { $0.marketingSpend }),
        KPIDefinition(
            "cpl", .kpiCpl, .formulaCpl, .marketing, .money, .lowerIsBetter,
            read: { $0.costPerLead }),
        KPIDefinition(
            "cost_per_mql", .kpiCostPerMql, .formulaCostPerMql, .marketing, .money, .lowerIsBetter,
            read: { $0.costPerMQL }),
        KPIDefinition(
            "roi", .kpiRoi, .formulaRoi, .marketing, .percent, .higherIsBetter,
            read: { $0.roi }),
        KPIDefinition(
            "lead_velocity_rate", .kpiLeadVelocityRate, .formulaLeadVelocityRate, .marketing, .percent, .higherIsBetter,
            readReport: { $0.leadVelocityRate }),
        KPIDefinition(
            "handoffs", .kpiHandoffs, .formulaHandoffs, .handoff, .count, .higherIsBetter,
            read: { Double($0.handoffs) }),
        KPIDefinition(
            "accepted", .kpiAccepted, .formulaAccepted, .handoff, .count, .higherIsBetter,
            read: { Double($0.accepted) }),
        KPIDefinition(
            "rejected", .kpiRejected, .formulaRejected, .handoff, .count, .lowerIsBetter,
            read: { Double($0.rejected) }),
        KPIDefinition(
            "acceptance_rate", .kpiAcceptanceRate, .formulaAcceptanceRate, .handoff, .percent, .higherIsBetter,
            read: { $0.acceptanceRate }),
        KPIDefinition(
            "sla_compliance", .kpiSlaCompliance, .formulaSlaCompliance, .handoff, .percent, .higherIsBetter,
            read: { $0.slaCompliance }),
        KPIDefinition(
            "median_response_hours", .kpiMedianResponseHours, .formulaMedianResponseHours, .handoff, .hours, .lowerIsBetter,
            read: { $0.medianResponseHours }),
        KPIDefinition(
            "sqls", .kpiSqls, .formulaSqls, .sales, .count, .higherIsBetter,
            read: { Double($0.sqls) }),
        KPIDefinition(
            "mql_to_sql_rate", .kpiMqlToSqlRate, .formulaMqlToSqlRate, .sales, .percent, .higherIsBetter,
            read: { $0.mqlToSQLRate }),
        KPIDefinition(
            "deals_won", .kpiDealsWon, .formulaDealsWon, .sales, .count, .higherIsBetter,
            read: { Double($0.dealsWon) }),
        KPIDefinition(
            "deals_lost", .kpiDealsLost, .formulaDealsLost, .sales, .count, .lowerIsBetter,
            read: { Double($0.dealsLost) }),
        KPIDefinition(
            "win_rate", .kpiWinRate, .formulaWinRate, .sales, .percent, .higherIsBetter,
            read: { $0.winRate }),
        KPIDefinition(
            "revenue_won", .kpiRevenueWon, .formulaRevenueWon, .sales, .money, .higherIsBetter,
            read: { $0.revenueWon }),
        KPIDefinition(
            "avg_deal_size", .kpiAvgDealSize, .formulaAvgDealSize, .sales, .money, .higherIsBetter,
            read: { $0.averageDealSize }),
        KPIDefinition(
            "median_cycle_days", .kpiMedianCycleDays, .formulaMedianCycleDays, .sales, .days, .lowerIsBetter,
            read: { $0.medianCycleDays }),
        KPIDefinition(
            "pipeline_value", .kpiPipelineValue, .formulaPipelineValue, .sales, .money, .higherIsBetter, snapshot: true,
            read: { $0.pipelineValue }),
        KPIDefinition(
            "weighted_pipeline", .kpiWeightedPipeline, .formulaWeightedPipeline, .sales, .money, .higherIsBetter, snapshot: true,
            read: { $0.weightedPipeline }),
        KPIDefinition(
            "stale_leads", .kpiStaleLeads, .formulaStaleLeads, .sales, .count, .lowerIsBetter, snapshot: true,
            read: { $0.staleLeads.map(Double.init) }),
        KPIDefinition(
            "revenue_goal", .kpiRevenueGoal, .formulaRevenueGoal, .shared, .money, .neutral,
            read: { $0.revenueGoal }),
        KPIDefinition(
            "goal_attainment", .kpiGoalAttainment, .formulaGoalAttainment, .shared, .percent, .higherIsBetter,
            read: { $0.goalAttainment }),
        KPIDefinition(
            "cltv", .kpiCltv, .formulaCltv, .shared, .money, .higherIsBetter,
            read: { $0.customerLifetimeValue }),
        KPIDefinition(
            "customers", .kpiCustomers, .formulaCustomers, .customers, .count, .higherIsBetter, snapshot: true,
            read: { Double($0.customers.accounts) }),
        KPIDefinition(
            "repeat_purchase_rate", .kpiRepeatPurchaseRate, .formulaRepeatPurchaseRate, .customers, .percent, .higherIsBetter,
            read: { $0.customers.repeatPurchaseRate }),
        KPIDefinition(
            "retention_rate", .kpiRetentionRate, .formulaRetentionRate, .customers, .percent, .higherIsBetter,
            read: { $0.customers.retentionRate }),
        KPIDefinition(
            "churn_rate", .kpiChurnRate, .formulaChurnRate, .customers, .percent, .lowerIsBetter,
            read: { $0.customers.churnRate }),
        KPIDefinition(
            "net_revenue_retention", .kpiNetRevenueRetention, .formulaNetRevenueRetention, .customers, .percent, .higherIsBetter,
            read: { $0.customers.netRevenueRetention }),
        KPIDefinition(
            "repeat_revenue", .kpiRepeatRevenue, .formulaRepeatRevenue, .customers, .money, .higherIsBetter,
            read: { $0.customers.repeatRevenue }),
        KPIDefinition(
            "nps", .kpiNps, .formulaNps, .customers, .score, .higherIsBetter,
            read: { $0.customers.netPromoterScore }),
        KPIDefinition(
            "detractors", .kpiDetractors, .formulaDetractors, .customers, .count, .lowerIsBetter,
            read: { Double($0.customers.detractors) }),
        KPIDefinition(
            "arpa", .kpiArpa, .formulaArpa, .customers, .money, .higherIsBetter, snapshot: true,
            read: { $0.customers.averageRevenuePerAccount }),
        KPIDefinition(
            "real_cltv", .kpiRealCltv, .formulaRealCltv, .customers, .money, .higherIsBetter, snapshot: true,
            read: { $0.realCustomerLifetimeValue }),
        KPIDefinition(
            "onboarding_days", .kpiOnboardingDays, .formulaOnboardingDays, .customers, .days, .lowerIsBetter,
            read: { $0.customers.medianOnboardingDays }),
        KPIDefinition(
            "referrals", .kpiReferrals, .formulaReferrals, .customers, .count, .higherIsBetter,
            read: { Double($0.customers.referrals) }),
        KPIDefinition(
            "referral_win_rate", .kpiReferralWinRate, .formulaReferralWinRate, .customers, .percent, .higherIsBetter,
            read: { $0.customers.referralWinRate }),
    ]

    /// The charts and tables, with what they count.
    public static let charts: [KPIDefinition] = [
        KPIDefinition("leads_by_source", .kpiLeadsBySource, .formulaLeadsBySource, .marketing, .count, .neutral),
        KPIDefinition("rejection_reasons", .kpiRejectionReasons, .formulaRejectionReasons, .handoff, .count, .lowerIsBetter),
        KPIDefinition("funnel", .kpiFunnel, .formulaFunnel, .shared, .count, .higherIsBetter),
        KPIDefinition("weekly", .kpiWeekly, .formulaWeekly, .shared, .count, .higherIsBetter),
        KPIDefinition("reps", .kpiReps, .formulaReps, .sales, .count, .higherIsBetter),
        KPIDefinition("campaigns", .kpiCampaigns, .formulaCampaigns, .marketing, .money, .higherIsBetter),
    ]
}
