/// The options of an import as `handoff import` and the board's `:import` take them: one spec,
/// one reading, so both accept the same words and refuse them the same way.
extension ImportOptions {
    public static let commandSpec = CommandSpec(
        name: "import", summary: "Import a CSV file (HubSpot, Salesforce, a spreadsheet, a Handoff export): all rows or none.",
        arguments: ["FILE"],
        options: [
            OptionSpec(
                "--kind", value: "KIND", choices: ImportKind.allCases.map(\.rawValue),
                "leads (default), deals, campaigns, members, insights (what sales heard, one event each in your name), content (pieces, which a file cannot publish) or activity (email and web actions of leads, matched by email)"
            ),
            OptionSpec("--map", value: "FIELD=COLUMN,...", "read a field from a column (--map value=close_value,created=engage_date)"),
            OptionSpec(
                "--name", value: "TEMPLATE",
                "build each name from columns (--name \"{product} for {account}\"; --map name=first+last joins them)"),
            OptionSpec(
                "--stage-map", value: "VALUE=STAGE,...", "put rows with a stage value in a stage (--stage-map Won=won,Engaging=proposal)"),
            OptionSpec("--date-format", value: "FORMAT", "dates that are not ISO: dd/MM/yyyy, MM/dd/yyyy, dd-MM-yy, ..."),
            OptionSpec("--delimiter", value: "C", "the field separator (default: detected: , ; tab or |)"),
            OptionSpec("--decimal-comma", "amounts are written 1.234,50"),
            OptionSpec("--skip-bad-rows", "import the good rows even when some are rejected"),
            OptionSpec("--skip-unknown-owners", "import leads whose owner is not on the board without an owner, instead of refusing them"),
            OptionSpec(
                "--create-leads", "--kind activity: make a new lead of each email the board does not have, instead of refusing its rows"),
            OptionSpec("--rejects", value: "FILE", "write the rejected rows, with why, to a CSV you can correct and import"),
            OptionSpec("--dry-run", "check everything and say what would happen; write nothing"),
        ],
        details: """
            Columns are recognised by name, ignoring case and spaces: Handoff's own export, HubSpot (Record ID, First Name,
            Lifecycle Stage, Create Date, Contact owner, Deal Name, Deal Stage, Amount, Close Date...), Salesforce
            (FirstName, Company, Status, LeadSource, OwnerId, CreatedDate, StageName, CloseDate...), Zoho CRM (Lead Owner,
            Lead Status, Created Time, Deal Name, Stage, Closing Date, Account Name...) and Pipedrive (Deal - Title,
            Deal - Stage, Deal - Status, Deal - Value, Person - Name...). A file with deal columns is read as deals. Fields:
            id, name, first_name, last_name, company, email, phone, source, campaign, owner, stage, outcome (open, won or
            lost beside the stage), value, currency, created, entered, closed, score, lost_reason. Other columns are kept
            as attributes of each lead (an attr.NAME column as attribute NAME).
            A row whose id or email is already on the board updates that lead (one event). Campaigns that do not exist
            are added; owners who are not members join the sales team when you may add members (admins), and are
            refused with their row otherwise (--skip-unknown-owners imports those leads without an owner). Won and lost
            rows get their history at their created and close dates. Dates that are not ISO are read in the one order
            every date of their column fits; amounts in a currency make it the board's on a new board (handoff settings).
            If any row is rejected nothing is imported (unless --skip-bad-rows): each kind of problem is said once, with
            a few of its rows and the options that would import them.
            """)

    /// The options of a parsed `import` command line.
    public init(parsed: ParsedCommand) throws(HandoffError) {
        let kindName = parsed.value("--kind") ?? "leads"
        guard let kind = ImportKind(rawValue: kindName) else {
            throw .invalidInput("--kind must be \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(kindName)'")
        }
        self.init(
            kind: kind, kindGiven: parsed.value("--kind") != nil, map: parsed.value("--map"), name: parsed.value("--name"),
            stageMap: parsed.value("--stage-map"), dateFormat: parsed.value("--date-format"),
            delimiter: parsed.value("--delimiter"), decimalComma: parsed.has("--decimal-comma"), skipBadRows: parsed.has("--skip-bad-rows"),
            skipUnknownOwners: parsed.has("--skip-unknown-owners"), dryRun: parsed.has("--dry-run"), rejectsPath: parsed.value("--rejects"),
            createLeads: parsed.has("--create-leads"))
        if createLeads && kind != .activity { throw .invalidInput("--create-leads is for --kind activity") }
        _ = try delimiterByte()
    }
}
