/// The customer band: the stages an account moves through after the win, found by their side so a
/// team may rename or add them, and the moves an account may make.
extension Pipeline {
    /// The customer band a board gets, after its outcome stages: where a new customer starts,
    /// where it works, where it needs attention, and where it ended.
    public static let standardCustomerStages: [Stage] = [
        Stage(id: "onboarding", title: "Onboarding", side: .customer, position: 10, probability: 0, idleDays: 14),
        Stage(id: "active", title: "Active", side: .customer, position: 11, probability: 0, idleDays: 90),
        Stage(id: "at_risk", title: "At risk", side: .customer, position: 12, probability: 0, idleDays: 7),
        Stage(id: "churned", title: "Churned", side: .customer, position: 13, probability: 0, idleDays: nil),
    ]

    public var customerStages: [Stage] { stages.filter(\.isCustomer) }

    /// The stages a lead can be in: every stage but the customer band's.
    public var leadStages: [Stage] { stages.filter { !$0.isCustomer } }

    /// Where a new customer starts: the first stage of the band.
    public var onboardingStage: Stage? { customerStages.first }

    /// Where an account that stopped buying goes: `churned`, else the band's last stage.
    public var churnedStage: Stage? { stage("churned").flatMap { $0.isCustomer ? $0 : nil } ?? customerStages.last }

    /// Where an account that needs attention goes: `at_risk`, else none.
    public var atRiskStage: Stage? { stage("at_risk").flatMap { $0.isCustomer ? $0 : nil } }

    /// Checks an account's move before anything is written: from one stage of the band to another.
    public func validateAccountMove(from: String, to: String) throws(HandoffError) -> Stage {
        let current = try requireStage(from)
        let target = try requireStage(to)
        guard target.isCustomer else {
            throw .invalidMove(
                Message(.accountMovesBetweenThe, "\(customerStages.map(\.id).joined(separator: ", "))", "\(target.title)")
            )
        }
        if current.id == target.id { throw .invalidMove(Message(.accountIsAlreadyIn, "\(target.title)")) }
        return target
    }
}
