/// Cells a spreadsheet would run as a formula, and the usual defence against "CSV injection": an
/// export writes a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return with a
/// leading `'`, which spreadsheets show as text; an import takes exactly that `'` off again. A cell
/// already beginning with `'` followed by such a cell gets one more, so that every text comes back
/// as it was: export, import and export again give the same bytes. A plain number (`-12`, `+3.5`)
/// is no formula and is written as it is.
public enum FormulaGuard {
    /// The cell as an export writes it.
    public static func guarded(_ text: String) -> String {
        needsGuard(text.utf8) ? "'" + text : text
    }

    /// The cell as an import reads it: one guarding `'` taken off.
    public static func unguarded(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.first == quote, needsGuard(bytes.dropFirst()) else { return text }
        return String(text.dropFirst())
    }

    /// Whether an export must guard the cell whose UTF-8 bytes are `bytes`.
    public static func needsGuard<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard let first = bytes.first else { return false }
        switch first {
        case 0x3D, 0x40, 0x09, 0x0D: return true  // = @ tab CR
        case 0x2B, 0x2D: return !isPlainNumber(bytes.dropFirst())  // + -
        case quote: return needsGuard(bytes.dropFirst())
        default: return false
        }
    }

    private static let quote: UInt8 = 0x27

    /// Digits, with at most one decimal point between digits.
    private static func isPlainNumber<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var digits = 0, point = false, afterPoint = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                if point { afterPoint += 1 } else { digits += 1 }
            case 0x2E where !point && digits > 0:
                point = true
            default:
                return false
            }
        }
        return digits > 0 && (!point || afterPoint > 0)
    }
}
