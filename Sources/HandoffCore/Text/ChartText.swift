/// Charts made of characters, for a terminal. The characters are passed in, so the same drawing
/// works with Unicode blocks and with plain ASCII.
public enum ChartText {
    /// One character per value, from `levels` (lowest first) scaled to the largest value. Zero
    /// and negative values take the lowest level; any positive value at least the second, so a
    /// small week never looks like an empty one.
    public static func sparkline(_ values: [Double], levels: [String]) -> String {
        guard let lowest = levels.first else { return "" }
        let top = values.filter(\.isFinite).max() ?? 0
        guard top > 0, levels.count > 1 else { return String(repeating: lowest, count: values.count) }
        return values.map { value -> String in
            guard value.isFinite, value > 0 else { return lowest }
            let scaled = (value / top * Double(levels.count - 1)).rounded(.up)
            return levels[min(levels.count - 1, max(1, Int(scaled)))]
        }.joined()
    }

    /// A horizontal bar `value / maximum` of `width` cells: whole cells of `full`, then one
    /// partial cell from `partials` (eighths, thinnest first) when the font has them. A positive
    /// value always shows at least a sliver.
    public static func bar(_ value: Double, maximum: Double, width: Int, full: String, partials: [String]) -> String {
        guard width > 0, maximum > 0, value.isFinite, value > 0 else { return "" }
        let cells = min(Double(width), value / maximum * Double(width))
        var whole = Int(cells)
        let steps = partials.count + 1
        var part = Int(((cells - Double(whole)) * Double(steps)).rounded())
        if part == steps { whole += 1; part = 0 }
        if whole == 0 && part == 0 { return partials.first ?? full }
        var text = String(repeating: full, count: min(width, whole))
        if part > 0 && whole < width { text += partials.isEmpty ? full : partials[part - 1] }
        return text
    }

    /// A funnel step: a bar centred in `width` cells, so the steps narrow towards the bottom.
    public static func centredBar(_ value: Double, maximum: Double, width: Int, full: String) -> String {
        guard width > 0, maximum > 0, value > 0 else { return String(repeating: " ", count: max(0, width)) }
        let cells = max(1, Int((value / maximum * Double(width)).rounded()))
        let left = (width - cells) / 2
        return String(repeating: " ", count: left) + String(repeating: full, count: cells)
            + String(repeating: " ", count: width - cells - left)
    }
}
