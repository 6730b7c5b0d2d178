extension ImportMapping {
    /// The mapping of a file's header under `--kind` and `--map`.
    public init(header: [String], options: ImportOptions) throws(HandoffError) {
        var overrides: [(String, String)] = []
        if let map = options.map { overrides = try ImportMapping.pairs(map, option: "--map") }
        try self.init(
            header: header, kind: options.kindGiven ? options.kind : ImportKind.detected(header: header, default: options.kind),
            overrides: overrides.map { (field: $0.0, column: $0.1) }, nameTemplate: options.name)
    }
}

extension LeadRowReader {
    /// A reader for a leads or deals file with `--stage-map`, `--date-format` and `--decimal-comma`.
    public init(mapping: ImportMapping, options: ImportOptions, pipeline: Pipeline) throws(HandoffError) {
        var stageMap: [(String, String)] = []
        if let text = options.stageMap { stageMap = try ImportMapping.pairs(text, option: "--stage-map") }
        self.init(
            mapping: mapping, stages: try StageMatcher(pipeline: pipeline, overrides: stageMap.map { (value: $0.0, stage: $0.1) }),
            dates: try DateReader(pattern: options.dateFormat), amounts: AmountReader(decimalComma: options.decimalComma))
    }
}
