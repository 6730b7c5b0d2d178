/// Something a team may be allowed to do. Who may do what is data (the `permissions` table, one row
/// per team and ability); these are the names that table speaks of.
public enum Ability: String, Sendable, CaseIterable {
    case createLead = "create_lead"
    /// Edit a lead while marketing holds it: a marketing stage or the handoff stage.
    case editMarketingLead = "edit_marketing_lead"
    /// Edit a lead sales holds: a sales stage, or a closed deal.
    case editSalesLead = "edit_sales_lead"
    case moveMarketing = "move_marketing"
    case handOff = "hand_off"
    case accept
    case reject
    case moveSales = "move_sales"
    /// Mark a lead won or lost.
    case close
    case note
    case editScoring = "edit_scoring"
    case importLeads = "import"
    case runMeeting = "run_meeting"
    case editStages = "edit_stages"
    case manageMembers = "manage_members"
    /// Act as another member with `--as`.
    case actAs = "act_as"
    /// Move an account between the stages of the customer band.
    case moveAccounts = "move_accounts"
    /// Change an account's manager or renewal date.
    case editAccounts = "edit_accounts"
    /// Plan follow-ups with customers and mark them done.
    case followUp = "follow_up"
    case recordSatisfaction = "record_satisfaction"
    /// Open a new deal (upsell, renewal, cross-sell) for an existing account.
    case openDeal = "open_deal"
    /// Record what a lead said: an objection, a question, a pain, a competitor, a wish, praise.
    case addInsight = "add_insight"
    /// Make content: add pieces, move them through their stages, name co-authors, link insights.
    case editContent = "edit_content"
    /// Approve a piece in sales review, so it may be published.
    case approveContent = "approve_content"
    /// Record that a piece was sent to a lead.
    case sendContent = "send_content"
    /// Relax or restore the rule that sales approves content before it is published.
    case contentRules = "content_rules"

    /// The row value that grants every ability, so admins keep every ability added later.
    public static let everything = "*"

    /// What the ability allows, to finish "... may not" and "... may" sentences.
    public var phrase: Message {
        switch self {
        case .createLead: return Message(.createLeads)
        case .editMarketingLead: return Message(.editLeadsInThe)
        case .editSalesLead: return Message(.editLeadsInTheSales)
        case .moveMarketing: return Message(.moveLeadsBetweenThe)
        case .handOff: return Message(.handLeadsOffTo)
        case .accept: return Message(.acceptHandedOffLeads)
        case .reject: return Message(.rejectHandedOffLeads)
        case .moveSales: return Message(.moveLeadsBetweenTheSales)
        case .close: return Message(.markLeadsWonOr)
        case .note: return Message(.addNotesAndNext)
        case .editScoring: return Message(.editTheScoringRules)
        case .importLeads: return Message(.importLeads)
        case .runMeeting: return Message(.runTheWeeklyMeeting)
        case .editStages: return Message(.editTheStages)
        case .manageMembers: return Message(.addChangeOrRemove)
        case .actAs: return Message(.actAsAnotherMember)
        case .moveAccounts: return Message(.moveAccountsBetweenThe)
        case .editAccounts: return Message(.changeAnAccountsManager)
        case .followUp: return Message(.planFollowUpsWith)
        case .recordSatisfaction: return Message(.recordCustomersSatisfactionAnswers)
        case .openDeal: return Message(.openNewDealsFor)
        case .addInsight: return Message(.addInsightsToLeads)
        case .editContent: return Message(.makeAndMoveContent)
        case .approveContent: return Message(.approveContentInSales)
        case .sendContent: return Message(.recordContentSentTo)
        case .contentRules: return Message(.changeTheBoardsContent)
        }
    }

    /// The ability a move between two stages needs. Leaving the handoff stage is an answer
    /// (accept or reject); entering it is a handoff; closing is won or lost; otherwise the side of
    /// the target stage decides.
    public static func forMove(from: Stage, to: Stage) -> Ability {
        if to.side == .customer || from.side == .customer { return .moveAccounts }
        if to.side == .outcome { return .close }
        if to.side == .handoff { return .handOff }
        if from.side == .handoff { return to.side == .sales ? .accept : .reject }
        return to.side == .sales ? .moveSales : .moveMarketing
    }

    /// What a move between two stages is, to finish "... may not" when it is refused: the
    /// ability's own words where they describe the move, else the move itself, so a rep moving a
    /// deal back is not told they may not hand leads off.
    public static func phrase(forMoveFrom from: Stage, to: Stage) -> Message {
        switch (from.side, to.side) {
        case (.sales, .handoff): return Message(.moveLeadsBackFrom)
        case (.sales, .marketing): return Message(.moveLeadsBackFromThe)
        case (.marketing, .sales): return Message(.moveLeadsFromThe)
        case (.outcome, .handoff): return Message(.moveClosedLeadsBack)
        case (.outcome, .sales): return Message(.moveClosedLeadsBackInto)
        case (.outcome, .marketing): return Message(.moveClosedLeadsBackTo)
        default: return forMove(from: from, to: to).phrase
        }
    }

    /// The ability editing a lead in `stage` needs: marketing holds a lead until sales accepts it.
    public static func forEdit(in stage: Stage) -> Ability {
        stage.side == .marketing || stage.side == .handoff ? .editMarketingLead : .editSalesLead
    }
}
