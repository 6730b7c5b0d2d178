/// A field of the board that a column of an imported file can fill, with the names CRM exports
/// give that column. Names compare case-, space-, `_`- and `-`-insensitively (see `ImportMapping`).
public struct ImportField: Sendable, Equatable {
    public let name: String
    /// Other column names for the field, most specific first: when two columns could fill the
    /// field, the one named earlier here wins and the other is kept as an attribute.
    public let aliases: [String]

    public init(_ name: String, _ aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }

    /// Leads and deals: Handoff's own export, HubSpot contacts and deals, Salesforce leads and
    /// opportunities, Zoho CRM leads, deals (potentials) and accounts, Pipedrive deals, persons and
    /// organizations (`Deal - Title`: the object, a dash, the field), and the usual spreadsheet headings.
    public static let leadFields: [ImportField] = [
        ImportField(
            "id",
            [
                "Record ID", "Lead ID", "Deal ID", "Contact ID", "Opportunity ID", "Hs Object Id", "Deal - ID", "Person - ID",
                "Organization - ID",
            ]),
        ImportField(
            "name",
            ["Full Name", "Deal Name", "Deal - Title", "Opportunity Name", "Potential Name", "Contact Name", "Lead Name", "Person - Name"]),
        ImportField("first_name", ["First Name", "FirstName", "Given Name", "Person - First name"]),
        ImportField("last_name", ["Last Name", "LastName", "Surname", "Family Name", "Person - Last name"]),
        ImportField(
            "company",
            [
                "Company Name", "Account Name", "Associated Company", "Organization", "Organisation", "Deal - Organization",
                "Person - Organization", "Organization - Name",
            ]),
        ImportField("email", ["Email Address", "E-mail", "Work Email", "Person - Email", "Person - Email - Work"]),
        ImportField("phone", ["Phone Number", "Mobile Phone", "MobilePhone", "Telephone", "Person - Phone", "Person - Phone - Work"]),
        ImportField(
            "source",
            ["Original Traffic Source", "Original Source", "Lead Source", "LeadSource", "Traffic Source", "Deal - Source channel"]),
        ImportField("campaign", ["Campaign Name", "Campaign ID", "Primary Campaign Source", "Campaign Source"]),
        ImportField(
            "owner",
            [
                "Contact owner", "Deal owner", "Lead owner", "Opportunity Owner", "Potential Owner", "Account Owner", "HubSpot Owner",
                "OwnerId", "Owner Name", "Owner ID", "Deal - Owner", "Person - Owner", "Organization - Owner",
            ]),
        ImportField("stage", ["Lifecycle Stage", "Deal Stage", "StageName", "Stage Name", "Status", "Lead Status", "Deal - Stage"]),
        ImportField("outcome", ["Deal - Status", "Deal Status"]),
        ImportField("value", ["Amount", "Deal Value", "Deal Amount", "Opportunity Amount", "Deal - Value"]),
        ImportField("currency", ["Deal - Currency", "Currency Code", "CurrencyIsoCode", "Deal Currency"]),
        ImportField(
            "created",
            [
                "Create Date", "CreatedDate", "Created Date", "Created At", "Date Created", "Creation Date", "Created Time",
                "Deal - Deal created", "Person - Person created", "Organization - Organization created",
                "Deal - Created", "Person - Created", "Organization - Created",
            ]),
        ImportField("entered", ["Entered Stage", "Stage Date", "Entered At", "Deal - Last stage change"]),
        ImportField(
            "closed",
            [
                "Close Date", "CloseDate", "Closed Date", "Closed At", "Date Closed", "Closing Date", "Deal - Deal closed on",
                "Deal - Won time", "Deal - Lost time",
            ]),
        ImportField("score", ["HubSpot Score", "Lead Score"]),
        ImportField("lost_reason", ["Closed Lost Reason", "Lost Reason", "Loss Reason", "Reason Lost", "Deal - Lost reason"]),
    ]

    /// Ids that number records per kind of object (Pipedrive counts deals, persons and
    /// organizations from 1 each): kept as the source system's id, never taken as the board's own,
    /// or a deal would update the person with the same number.
    public static let externalIDColumns: Set<String> = ["Deal - ID", "Person - ID", "Organization - ID"].reduce(into: []) {
        $0.insert(ImportMapping.normalize($1))
    }

    /// Campaigns: Handoff's export, HubSpot and Salesforce campaign exports.
    public static let campaignFields: [ImportField] = [
        ImportField("id", ["Campaign ID", "Campaign Id"]),
        ImportField("name", ["Campaign Name", "Campaign"]),
        ImportField("channel", ["Type", "Campaign Type", "Medium"]),
        ImportField("spend", ["Actual Cost", "ActualCost", "Cost", "Spent", "Budget", "Budgeted Cost", "BudgetedCost"]),
        ImportField("started", ["Start Date", "StartDate", "Start"]),
        ImportField("ended", ["End Date", "EndDate", "End"]),
    ]

    /// Team members: login, display name, team.
    public static let memberFields: [ImportField] = [
        ImportField("login", ["Username", "User Name", "User", "Alias", "Email", "Email Address"]),
        ImportField("name", ["Full Name", "Display Name"]),
        ImportField("team", ["Department", "Role"]),
    ]

    /// Customers: Handoff's accounts export, HubSpot's companies export and Salesforce's accounts
    /// export. A CRM's revenue and deal counts are what the customer bought before the board.
    public static let accountFields: [ImportField] = [
        ImportField("id", ["external_id", "Record ID", "Company ID", "Account ID", "Hs Object Id"]),
        ImportField("name", ["Company name", "Account Name", "Name", "Company"]),
        ImportField("owner", ["Company owner", "Account Owner", "HubSpot Owner", "Owner Name", "Manager"]),
        ImportField("stage", ["Lifecycle Stage", "Type", "Account Type", "Customer Status"]),
        ImportField("since", ["Became a Customer Date", "Customer Since", "Create Date", "CreatedDate", "Created Date"]),
        ImportField("renewal", ["Renewal Date", "Next Renewal Date", "Contract End Date"]),
        ImportField("revenue", ["Total Revenue", "Lifetime Value", "Revenue To Date"]),
        ImportField("deals", ["Number of Associated Deals", "Number of Won Deals", "Closed Won Deals"]),
    ]

    /// Insights: Handoff's export and the headings of a team's call-notes sheet.
    public static let insightFields: [ImportField] = [
        ImportField("lead_id", ["Lead ID", "Lead", "Record ID", "Deal ID", "Contact ID"]),
        ImportField("kind", ["Type", "Category", "Insight Type"]),
        ImportField("text", ["Insight", "Summary", "What they said", "Note"]),
        ImportField("quote", ["Verbatim", "Quote", "Their words", "Customer quote"]),
    ]

    /// Pieces of content: Handoff's export and the headings of a content calendar.
    public static let contentFields: [ImportField] = [
        ImportField("title", ["Name", "Piece", "Asset", "Asset Name"]),
        ImportField("kind", ["Type", "Format", "Content Type", "Asset Type"]),
        ImportField("stage", ["Status", "State"]),
        ImportField("owner", ["Author", "Owner login"]),
        ImportField("authors", ["Co-authors", "Coauthors", "Contributors"]),
        ImportField("link", ["URL", "Path", "File", "Location"]),
        ImportField("insights", ["Insight IDs", "Insight ID"]),
    ]

    /// Activity: one action of one person a row, as Mailchimp (`Email Address`), ActiveCampaign
    /// (`Email`, `Event`, `Date`) and web analytics exports write it.
    public static let activityFields: [ImportField] = [
        ImportField("email", ["Email Address", "E-mail", "Contact Email", "Subscriber Email", "Email Address (Contact)"]),
        ImportField("action", ["Activity", "Event", "Event Type", "Activity Type", "Action Type", "Type"]),
        ImportField("timestamp", ["Date", "Time", "Event Date", "Activity Date", "Date Time", "Datetime", "Occurred At", "Created At"]),
        ImportField("campaign", ["Campaign Name", "Campaign Title", "Campaign ID", "Email Name"]),
        ImportField("name", ["Full Name", "Contact Name"]),
        ImportField("first_name", ["First Name", "FirstName", "FNAME"]),
        ImportField("last_name", ["Last Name", "LastName", "LNAME"]),
    ]
}
