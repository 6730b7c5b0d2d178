/// Texts built around a count take their singular by themselves. Each such key names the
/// argument that carries the count and the key to use when that argument is 1, so every caller,
/// now and later, writes "1 vencido" and "Proposal for 1 day" without choosing; a count written
/// with the language's grouping is still "1". English and Spanish both use the singular for one
/// alone (0 is plural in both).
extension Strings {
    public static let singulars: [StringKey: (argument: Int, key: StringKey)] = [
        .leadsCount: (1, .leadsCountOne),
        .dashFunnelBeganInSales: (1, .dashFunnelBeganInSalesOne),
        .detailActivityTitle: (1, .detailActivityTitleOne),
        .contentCount: (1, .contentCountOne),
        .cardReached: (1, .cardReachedOne),
        .cardInsights: (1, .cardInsightsOne),
        .paneInsights: (1, .paneInsightsOne),
        .reachGotIt: (1, .reachGotItOne),
        .insightsCount: (1, .insightsCountOne),
        .agendaInWins: (2, .agendaInWinsOne),
        .agendaInWinsCount: (1, .agendaInWinsCountOne),
        .agendaThemeCount: (1, .agendaThemeCountOne),
        .agendaWaitsForSales: (1, .agendaWaitsForSalesOne),
        .statusFiltered: (2, .statusFilteredOne),
        .inboxOverdue: (1, .inboxOverdueOne),
        .inboxMarked: (1, .inboxMarkedOne),
        .feedbackAccepted: (1, .feedbackAcceptedOne),
        .feedbackRejected: (1, .feedbackRejectedOne),
        .stageForDays: (2, .stageForDaysOne),
        .staleExplanation: (1, .staleExplanationOne),
        .periodDaysTo: (1, .periodDaysToOne),
        .periodDays: (1, .periodDaysOne),
        .inputsCPL: (2, .inputsCPLOne),
        .inputsCostPerMQL: (2, .inputsCostPerMQLOne),
        .inputsMQLToSQL: (2, .inputsMQLToSQLOne),
        .inputsDealSize: (2, .inputsDealSizeOne),
        .inputsVelocity: (2, .inputsVelocityOne),
        .inputsDeals: (1, .inputsDealsOne),
        .inputsCustomers: (1, .inputsCustomersOne),
        .inputsYears: (1, .inputsYearsOne),
        .meetingDiscussedCount: (1, .meetingDiscussedOne),
        .meetingMoreLines: (1, .meetingMoreLinesOne),
        .meetingLinesAbove: (1, .meetingLinesAboveOne),
        .meetingActionCount: (1, .meetingActionOne),
        .agendaAgreed: (1, .agendaAgreedOne),
        .agendaAgreedOn: (1, .agendaAgreedOnOne),
        .agendaOpenCount: (1, .agendaOpenOne),
        .agendaDoneCount: (1, .agendaDoneOne),
        .agendaCreatedWon: (3, .agendaCreatedWonOne),
        .agendaHandoffs: (1, .agendaHandoffOne),
        .agendaAcceptedCount: (1, .agendaAcceptedOne),
        .agendaRejectedCount: (1, .agendaRejectedOne),
        .agendaMovesCount: (1, .agendaMoveOne),
        .agendaLostCount: (1, .agendaLostOne),
        .agendaAnsweredLateCount: (1, .agendaAnsweredLateOne),
        .agendaWaitingPastDueCount: (1, .agendaWaitingPastDueOne),
        .agendaIdle: (1, .agendaIdleOne),
        .agendaStaleCount: (1, .agendaStaleOne),
        .meetingAttendeesCount: (1, .meetingAttendeesOne),
        .closeMeetingUndiscussed: (1, .closeMeetingUndiscussedOne),
        .scoringDecayed: (2, .scoringDecayedOne),
        .scoringOpenCount: (1, .scoringOpenCountOne),
        .scoringOpenMqls: (1, .scoringOpenMqlsOne),
        .scoringLowerBands: (1, .scoringLowerBandsOne),
        .scoringCalibration: (1, .scoringCalibrationOne),
        .importBytes: (1, .importBytesOne),
        .importRunning: (1, .importRunningOne),
        .msgImportRefused: (1, .msgImportRefusedOne),
        .accountSinceDays: (2, .accountSinceDaysOne),
        .accountPurchaseCount: (1, .accountPurchaseOne),
    ]

    /// `key`, or its singular when the argument that carries its count is 1.
    static func form(of key: StringKey, _ arguments: [String]) -> StringKey {
        guard let singular = singulars[key], singular.argument <= arguments.count, arguments[singular.argument - 1] == "1" else {
            return key
        }
        return singular.key
    }
}
