/// The options of an import as `handoff import` and the board's `:import` take them: one spec,
/// one reading, so both accept the same words and refuse them the same way.
extension ImportOptions {
    public static let commandSpec = CommandSpec(
        name: "import", summary: Message(.importACSVFile),
        arguments: ["FILE"],
        options: [
            OptionSpec(
                "--kind", value: "KIND", choices: ImportKind.allCases.map(\.rawValue),
                Message(.leadsDefaultDealsCampaigns)
            ),
            OptionSpec("--map", value: "FIELD=COLUMN,...", Message(.readAFieldFrom)),
            OptionSpec(
                "--name", value: "TEMPLATE",
                Message(.buildEachNameFrom)),
            OptionSpec(
                "--stage-map", value: "VALUE=STAGE,...", Message(.putRowsWithA)),
            OptionSpec("--date-format", value: "FORMAT", Message(.datesThatAreNot)),
            OptionSpec("--delimiter", value: "C", Message(.fieldSeparatorDefaultDetected)),
            OptionSpec("--decimal-comma", Message(.amountsAreWrittenDayFirst)),
            OptionSpec("--skip-bad-rows", Message(.importTheGoodRows)),
            OptionSpec("--skip-unknown-owners", Message(.importLeadsWhoseOwner)),
            OptionSpec(
                "--create-leads", Message(.kindActivityMakeA)),
            OptionSpec("--rejects", value: "FILE", Message(.writeTheRejectedRows)),
            OptionSpec("--dry-run", Message(.checkEverythingAndSay)),
        ],
        details: Message(.columnsAreRecognisedBy))

    /// The options of a parsed `import` command line.
    public init(parsed: ParsedCommand) throws(HandoffError) {
        let kindName = parsed.value("--kind") ?? "leads"
        guard let kind = ImportKind(rawValue: kindName) else {
            throw .invalidInput(Message(.kindMustBeNot, "\(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))", "\(kindName)"))
        }
        self.init(
            kind: kind, kindGiven: parsed.value("--kind") != nil, map: parsed.value("--map"), name: parsed.value("--name"),
            stageMap: parsed.value("--stage-map"), dateFormat: parsed.value("--date-format"),
            delimiter: parsed.value("--delimiter"), decimalComma: parsed.has("--decimal-comma"), skipBadRows: parsed.has("--skip-bad-rows"),
            skipUnknownOwners: parsed.has("--skip-unknown-owners"), dryRun: parsed.has("--dry-run"), rejectsPath: parsed.value("--rejects"),
            createLeads: parsed.has("--create-leads"))
        if createLeads && kind != .activity { throw .invalidInput(Message(.createLeadsIsFor)) }
        _ = try delimiterByte()
    }
}
