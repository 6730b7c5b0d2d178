import HandoffCore

/// An agenda item laid out as screen rows at a width: its entries (figures in columns that fit,
/// leads with their ids, long lines wrapped with their continuations indented), the decisions and
/// notes written on it, and its action items. Each row knows the selectable line it belongs to, so
/// the view can highlight the selected line and scroll to it, and never separate a wrapped line
/// from its continuation.
struct MeetingRows {
    struct Row: Equatable {
        var text: String
        var role: Role
        var bold = false
        /// The selectable line this row shows (see `MeetingState.lines`); nil for a heading.
        var line: Int?
        /// A blank row the large layout puts between lines, never inside one.
        var spacer = false
    }

    var rows: [Row] = []

    init(item: AgendaItem, meeting: MeetingState, width: Int, strings: Strings, glyphs: Glyphs, doubleSpaced: Bool = false) {
        let lines = meeting.lines(of: item)
        let names = meeting.agenda?.names ?? [:]
        let header = ["", strings(.dashNow), strings(.dashBefore), strings(.dashChange)]
        let tables = item.entries.compactMap(\.cells)
        let columns = MeetingRows.columnWidths(tables.isEmpty ? [] : tables + [header], width: width)
        // A figures table says once, above it, what its columns are.
        if let columns { rows.append(Row(text: MeetingRows.row(header, columns), role: .muted)) }
        var headedActions = false
        var lastLead: Int64?
        for (index, line) in lines.enumerated() {
            var texts: [String]
            var role: Role = .normal
            switch line {
            case let .entry(entry):
                role = MeetingRows.role(for: entry.tone)
                if let cells = entry.cells, let columns {
                    texts = [MeetingRows.row(cells, columns)]
                } else {
                    // A lead's id opens its first line; the lines after it about the same lead go without.
                    let id = entry.leadID.flatMap { $0 == lastLead ? nil : "#\($0) " } ?? ""
                    texts = MeetingRows.wrap(id + entry.text, width: width)
                }
                lastLead = entry.leadID
            case let .note(note):
                let who = names[note.author] ?? note.author
                role = .accent
                texts = MeetingRows.wrap(
                    strings(note.kind == .decision ? .meetingDecisionLine : .meetingNoteLine, note.body, who), width: width)
            case let .action(action):
                if !headedActions {
                    headedActions = true
                    if !rows.isEmpty { rows.append(Row(text: "", role: .normal, spacer: true)) }
                    rows.append(Row(text: strings(.meetingActionItems), role: .title, bold: true))
                }
                role = .accent
                texts = MeetingRows.wrap(
                    (action.isOpen ? glyphs.arrowRight : glyphs.check) + " " + action.summary(strings, names: names), width: width)
            }
            if doubleSpaced, index > 0, rows.last?.spacer == false, rows.last?.line != nil {
                rows.append(Row(text: "", role: .normal, spacer: true))
            }
            for text in texts { rows.append(Row(text: text, role: role, bold: doubleSpaced, line: index)) }
        }
    }

    /// The rows of the selected line.
    func span(of line: Int) -> ClosedRange<Int>? {
        guard let first = rows.firstIndex(where: { $0.line == line }), let last = rows.lastIndex(where: { $0.line == line }) else {
            return nil
        }
        return first...last
    }

    /// The first row to show in `visible` rows so the selected line is in view, with a row for the
    /// "lines above" and "more lines" markers when they are needed.
    func firstRow(showing line: Int, visible: Int) -> Int {
        guard rows.count > visible, visible > 2, let span = span(of: line) else { return 0 }
        var start = 0
        // The selected line ends on the row above the bottom marker.
        if span.upperBound > visible - 2 { start = span.upperBound - (visible - 2) }
        start = min(start, rows.count - visible)
        // The top marker never covers the line's first row.
        if start > 0, span.lowerBound <= start { start = max(0, span.lowerBound - 1) }
        return start
    }

    /// A line that fits keeps its spacing; a longer one wraps, its continuations indented.
    static func wrap(_ text: String, width: Int) -> [String] {
        if TerminalText.width(text) <= width { return [text] }
        return TerminalText.wrap(text, to: max(4, width - 2)).enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }
    }

    static func role(for tone: AgendaEntry.Tone) -> Role {
        switch tone {
        case .normal: return .normal
        case .good: return .success
        case .bad: return .danger
        case .muted: return .muted
        }
    }

    /// Widths of a figures table's columns at `width`: the name takes what the values leave, and
    /// is cut before any value is. Nil when even the values do not fit (the lines then wrap).
    static func columnWidths(_ rows: [[String]], width: Int) -> [Int]? {
        guard let count = rows.map(\.count).max(), count > 1 else { return nil }
        var widths = (1..<count).map { column in rows.map { $0.indices.contains(column) ? TerminalText.width($0[column]) : 0 }.max() ?? 0 }
        let gaps = 2 * (count - 1)
        let name = width - gaps - widths.reduce(0, +)
        guard name >= 8 else { return nil }
        widths.insert(min(name, rows.map { TerminalText.width($0[0]) }.max() ?? 0), at: 0)
        return widths
    }

    /// One figures row: the name left, every value right-aligned in its column.
    static func row(_ cells: [String], _ widths: [Int]) -> String {
        cells.enumerated().map { index, cell in
            index < widths.count ? TerminalText.fit(cell, to: widths[index], alignRight: index > 0) : cell
        }.joined(separator: "  ")
    }
}
