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
        case .createLead: return "create leads"
        case .editMarketingLead: return "edit leads in the marketing stages"
        case .editSalesLead: return "edit leads in the sales stages"
        case .moveMarketing: return "move leads between the marketing stages"
        case .handOff: return "hand leads off to sales"
        case .accept: return "accept handed-off leads"
        case .reject: return "reject handed-off leads"
        case .moveSales: return "move leads between the sales stages"
        case .close: return "mark leads won or lost"
        case .note: return "add notes and next steps"
        case .editScoring: return "edit the scoring rules"
        case .importLeads: return "import leads"
        case .runMeeting: return "run the weekly meeting"
        case .editStages: return "edit the stages"
        case .manageMembers: return "add, change or remove members"
        case .actAs: return "act as another member (--as)"
        case .moveAccounts: return "move accounts between the customer stages"
        case .editAccounts: return "change an account's manager or renewal date"
        case .followUp: return "plan follow-ups with customers or mark them done"
        case .recordSatisfaction: return "record customers' satisfaction answers"
        case .openDeal: return "open new deals for existing customers"
        case .addInsight: return "add insights to leads"
        case .editContent: return "make and move content"
        case .approveContent: return "approve content in sales review"
        case .sendContent: return "record content sent to leads"
        case .contentRules: return "change the board's content rules"
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
        case (.sales, .handoff): return "move leads back from the sales stages into the handoff stage"
        case (.sales, .marketing): return "move leads back from the sales stages to marketing"
        case (.marketing, .sales): return "move leads from the marketing stages straight into the sales stages"
        case (.outcome, .handoff): return "move closed leads back into the handoff stage"
        case (.outcome, .sales): return "move closed leads back into the sales stages"
        case (.outcome, .marketing): return "move closed leads back to marketing"
        default: return forMove(from: from, to: to).phrase
        }
    }

    /// The ability editing a lead in `stage` needs: marketing holds a lead until sales accepts it.
    public static func forEdit(in stage: Stage) -> Ability {
        stage.side == .marketing || stage.side == .handoff ? .editMarketingLead : .editSalesLead
    }
}
