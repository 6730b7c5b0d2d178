extension ScoringDefinition {
    /// The canonical text of the file format: what `handoff scoring show` prints and what the
    /// database keeps. Parsing it gives back an equal definition. Comments are not part of a
    /// definition, so they are not kept.
    public var text: String {
        var lines = ["threshold \(threshold)"]
        if let fitMinimum { lines.append("fit_minimum \(fitMinimum)") }
        for group in groups where !group.isEmpty {
            lines.append("")
            lines.append("[\(group.kind.rawValue)]")
            lines += group.rules.map(\.description)
            if let decay = group.decay { lines.append(decay.source) }
            if let decay = group.activityDecay { lines.append("activity " + decay.source) }
            if let cap = group.cap { lines.append("cap \(cap)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
