/// Text from the database or a file is never trusted to be printable: this is the one place that
/// makes it safe to put on a terminal and measures how many cells it takes.
///
/// Widths follow the terminal model that curses, tmux and glibc's `wcwidth` share: every scalar of
/// width 1 or 2 starts a new cell, and zero-width scalars (combining marks) join the cell before.
/// Grapheme clusters are not used for layout, because terminals do not lay text out by them: a
/// Character such as 👍🏽 takes four cells in tmux, not two.
public enum TerminalText {
    /// The Unicode version the width table follows: that of glibc 2.35 and later, which curses and
    /// tmux use through `wcwidth`. Characters assigned later are unknown to them (`wcwidth` -1,
    /// drawn at any width), so they are shown as U+FFFD.
    public static let unicodeVersion = (major: 14, minor: 0)

    /// Replaces everything a terminal would interpret (C0/C1 controls, ESC sequences, bidi
    /// overrides, zero-width format characters) with a visible stand-in, so `ESC[2J` shows as
    /// `␛[2J` instead of clearing the screen. Characters whose width terminals disagree on are
    /// replaced or dropped, so the widths below hold wherever the text is drawn; marks stacked on
    /// one character beyond what terminals keep are dropped. Idempotent.
    public static func sanitize(_ text: String) -> String {
        if isClean(text) { return text }
        var result = String.UnicodeScalarView()
        var cell = CellBudget()
        for scalar in text.unicodeScalars {
            switch disposition(of: scalar) {
            case let .replace(standIn):
                result.append(standIn)
                cell.start(standIn)
            case .drop:
                continue
            case .keep:
                if width(ofSafe: scalar) > 0 {
                    result.append(scalar)
                    cell.start(scalar)
                } else if !cell.hasBase {
                    // A combining mark with nothing to sit on would merge into whatever is drawn
                    // before it, in another column or field.
                    result.append("\u{25CC}")
                    result.append(scalar)
                    cell.start("\u{25CC}")
                    _ = cell.admit(scalar)
                } else if cell.admit(scalar) {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    /// How much one cell may carry: terminals keep a few bytes per cell (tmux 3.3 nine) and drop
    /// the rest, and marks stacked beyond two (Zalgo text) climb out of their line.
    struct CellBudget {
        static let marks = 2
        static let bytes = 9
        var hasBase = false
        var marks = 0
        var bytes = 0

        mutating func start(_ base: Unicode.Scalar) {
            hasBase = true
            marks = 0
            bytes = base.utf8.count
        }

        /// Whether a combining mark still fits on the cell; counts it if so.
        mutating func admit(_ mark: Unicode.Scalar) -> Bool {
            guard marks < CellBudget.marks, bytes + mark.utf8.count <= CellBudget.bytes else { return false }
            marks += 1
            bytes += mark.utf8.count
            return true
        }
    }

    /// True when `sanitize` would return `text` unchanged; cheap for ASCII, which is most text.
    private static func isClean(_ text: String) -> Bool {
        var cell = CellBudget()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                cell.start(scalar)
                continue
            }
            guard isSafe(scalar) else { return false }
            if width(ofSafe: scalar) > 0 {
                cell.start(scalar)
            } else if !cell.hasBase || !cell.admit(scalar) {
                return false
            }
        }
        return true
    }

    /// `sanitize` line by line, keeping the line breaks: for whole messages and tables printed by
    /// commands, as a last guard after each field was sanitized where it was laid out.
    public static func sanitizeLines(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { sanitize(String($0)) }.joined(separator: "\n")
    }

    /// True when `scalar` may reach a terminal as it is: `sanitize` leaves it alone (apart from
    /// giving a leading combining mark a base).
    public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        if case .keep = disposition(of: scalar) { return true }
        return false
    }

    /// True when `sanitize` would show part of `text` as a stand-in (␛, �): a control, a format
    /// character or a code point with no character. Fields typed by a person refuse these.
    public static func containsControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            if case .replace = disposition(of: scalar) { return true }
            return false
        }
    }

    /// Cells a scalar takes once sanitized: its stand-in's width for a control, 0 for one dropped.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        switch disposition(of: scalar) {
        case .replace: return 1
        case .drop: return 0
        case .keep: return width(ofSafe: scalar)
        }
    }

    /// Cells a character takes: the sum over its scalars, as a terminal lays them out.
    public static func width(of character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += width(of: scalar) }
        return total
    }

    public static func width(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        return total
    }

    /// Calls `body` with each terminal cell of sanitized text: a scalar of width 1 or 2 with the
    /// zero-width scalars that follow it. Stops when `body` returns false.
    public static func forEachCell(_ sanitized: String, _ body: (_ text: String, _ width: Int) -> Bool) {
        // Printable ASCII, most of what a board shows: one byte, one cell, no width lookup.
        if sanitized.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in sanitized.utf8 where !body(String(Unicode.Scalar(byte)), 1) { return }
            return
        }
        var cell = String.UnicodeScalarView()
        var cellWidth = 0
        for scalar in sanitized.unicodeScalars {
            let scalarWidth = width(of: scalar)
            if scalarWidth == 0 {
                if cellWidth > 0 { cell.append(scalar) }
                continue
            }
            if cellWidth > 0 && !body(String(cell), cellWidth) { return }
            cell = String.UnicodeScalarView()
            cell.append(scalar)
            cellWidth = scalarWidth
        }
        if cellWidth > 0 { _ = body(String(cell), cellWidth) }
    }

    /// Cuts text to at most `width` cells, ending with an ellipsis when anything was cut. The result
    /// is sanitized; a 10,000-character string costs no more than the cells kept.
    public static func truncate(_ text: String, to width: Int) -> String {
        if width <= 0 { return "" }
        if text.utf8.count <= width, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var kept = "", keptWidth = 0
        // Cells after those that fit beside an ellipsis: they are shown only if the text ends
        // within `width`.
        var tail = "", tailWidth = 0
        var overflows = false
        forEachCell(sanitize(text)) { cell, cellWidth in
            if tailWidth == 0 && keptWidth + cellWidth <= width - 1 {
                kept += cell
                keptWidth += cellWidth
                return true
            }
            tail += cell
            tailWidth += cellWidth
            overflows = keptWidth + tailWidth > width
            return !overflows
        }
        return overflows ? kept + "…" : kept + tail
    }

    /// The end of text that fits in `width` cells, whole cells only: what an input field shows
    /// around its cursor. One pass, however long the text; the result is sanitized.
    public static func suffix(_ text: String, fitting width: Int) -> String {
        var kept: [Unicode.Scalar] = []
        var marks: [Unicode.Scalar] = []
        var used = 0
        for scalar in sanitize(text).unicodeScalars.reversed() {
            let scalarWidth = self.width(of: scalar)
            if scalarWidth == 0 {
                marks.append(scalar)
                continue
            }
            if used + scalarWidth > width { break }
            used += scalarWidth
            kept += marks
            marks.removeAll()
            kept.append(scalar)
        }
        return String(String.UnicodeScalarView(kept.reversed()))
    }

    /// Splits text into lines of at most `width` cells, between words where it can (a word
    /// longer than a line is cut into lines of its own). The lines are sanitized; each cell is
    /// looked at once, so a 10,000-character word costs no more than its cells, and a cell wider
    /// than the whole line stands alone instead of stopping the wrap.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = "", lineWidth = 0
        for word in sanitize(text).split(separator: " ") {
            var cells: [(text: String, width: Int)] = []
            forEachCell(String(word)) { cell, cellWidth in
                cells.append((cell, cellWidth))
                return true
            }
            let wordWidth = cells.reduce(0) { $0 + $1.width }
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            for cell in cells {
                if lineWidth > 0 && lineWidth + cell.width > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line += cell.text
                lineWidth += cell.width
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pads or truncates text to exactly `width` cells; the result is sanitized.
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - self.width(cut)))
        return alignRight ? padding + cut : cut + padding
    }

    // MARK: Classification

    private enum Disposition {
        case keep
        case drop
        case replace(Unicode.Scalar)
    }

    private static func disposition(of scalar: Unicode.Scalar) -> Disposition {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return .keep }
        if value < 0x20 { return .replace(Unicode.Scalar(0x2400 + value)!) }
        if value == 0x7F { return .replace("\u{2421}") }
        if value <= 0x9F { return .replace("\u{FFFD}") }
        if value < 0x300 && value != 0xAD { return .keep }
        // Variation selectors and skin-tone modifiers: some terminals join them to the emoji
        // before, others draw them as cells of their own. Without them every terminal agrees.
        if value == 0xFE0E || value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(value) { return .drop }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .control:
            // Bidi overrides, zero-width spaces and joiners, soft hyphens, tags, line separators,
            // and code points with no character: invisible or reordering, never shown as is.
            return .replace("\u{FFFD}")
        default:
            break
        }
        if let age = properties.age, (age.major, age.minor) > unicodeVersion { return .replace("\u{FFFD}") }
        return .keep
    }

    /// 0, 1 or 2 for a scalar `sanitize` keeps, as glibc's `wcwidth` says for Unicode 14.
    private static func width(ofSafe scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        if isConjoiningJamo(value) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// Hangul vowels and final consonants that join the syllable before, and the one Ahom sign that
    /// `wcwidth` also draws in the previous cell.
    private static func isConjoiningJamo(_ value: UInt32) -> Bool {
        (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7C6).contains(value) || (0xD7CB...0xD7FB).contains(value) || value == 0x1171E
    }

    private static func isWide(_ value: UInt32) -> Bool {
        let ranges = wideRanges
        if value < ranges[0].lowerBound { return false }
        var low = 0, high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide and Fullwidth characters of Unicode 14 (CJK, kana, Hangul syllables, and the
    /// emoji drawn as pictures by default), sorted, as glibc's `wcwidth` gives them width 2.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x2E99,
        0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFB, 0x3000...0x3029, 0x302E...0x303E, 0x3041...0x3096,
        0x309B...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E3, 0x31F0...0x321E, 0x3220...0xA48C,
        0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFA6D, 0xFA70...0xFAD9, 0xFE10...0xFE19,
        0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE3,
        0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1AFF3,
        0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B150...0x1B152, 0x1B164...0x1B167,
        0x1B170...0x1B2FB, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
        0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
        0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DD...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
        0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
        0x1FA70...0x1FA74, 0x1FA78...0x1FA7C, 0x1FA80...0x1FA86, 0x1FA90...0x1FAAC, 0x1FAB0...0x1FABA,
        0x1FAC0...0x1FAC5, 0x1FAD0...0x1FAD9, 0x1FAE0...0x1FAE7, 0x1FAF0...0x1FAF6, 0x20000...0x2A6DF,
        0x2A700...0x2B738, 0x2B740...0x2B81D, 0x2B820...0x2CEA1, 0x2CEB0...0x2EBE0, 0x2F800...0x2FA1D,
        0x30000...0x3134A,
    ]
}
