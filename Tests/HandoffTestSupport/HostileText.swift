/// Text a web form, a CSV export or a colleague's SQL could put into a board, chosen to break a
/// terminal: escape sequences that clear the screen, write the clipboard or hide a link, other
/// controls, reordering and invisible characters, marks without a base, wide characters, and
/// strings far longer than any column.
public enum HostileText {
    public static let clearScreen = "Evil\u{1B}[2J\u{1B}[H Corp"
    /// OSC 52: on many terminals this writes "Hello" into the clipboard.
    public static let clipboard = "Clip\u{1B}]52;c;SGVsbG8=\u{07}board SA"
    /// OSC 8: a hyperlink whose visible text hides where it goes.
    public static let hyperlink = "\u{1B}]8;;http://evil.example/\u{1B}\\Trusted Ltd\u{1B}]8;;\u{1B}\\"
    public static let colours = "\u{1B}[31;1mRed\u{1B}[0m \u{1B}[?1049h\u{1B}[?25lGone"
    public static let c0 = "Bell\u{07}Back\u{08}Tab\tCR\rLF\nNul\u{0}Del\u{7F}End"
    /// C1 controls as UTF-8: U+009B is CSI and U+009D is OSC on terminals that honour them.
    public static let c1 = "C1\u{9B}31mRed\u{9D}0;title\u{9C}\u{85}Next"
    /// U+202E shows "invoice_exe.pdf" for a name that ends in .exe.
    public static let bidi = "invoice_\u{202E}fdp.exe\u{202C} \u{2066}iso\u{2069} \u{061C}x"
    public static let zeroWidth = "Ze\u{200B}ro\u{200C}Wi\u{200D}dth\u{2060}\u{FEFF}\u{00AD}Nobody"
    public static let combining = "\u{0301}Zalgo a\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}\u{0306}\u{0307} e\u{20DD}"
    public static let wide = "陈伟 株式会社 한국어 ＡＢＣ 👩‍💻 🚀 🇪🇸 👍🏽 ❤️ 1️⃣"
    public static let newerThanTables = "New \u{1FAE8}\u{1FABF} \u{31350}"
    /// 10,000 characters, half of them two cells wide.
    public static let long = String(repeating: "Long名", count: 2_000)

    public static let all: [String] = [
        clearScreen, clipboard, hyperlink, colours, c0, c1, bidi, zeroWidth, combining, wide, newerThanTables, long,
    ]

    /// Everything in `bytes` a terminal would act on rather than show, apart from SGR sequences
    /// (`ESC [ ... m`, which tmux's `capture-pane -e` writes for colours) when `allowingColour`:
    /// ESC sequences, C0 controls other than newline, C1 controls, and the bidi and zero-width
    /// characters sanitizing removes. Empty when the output is safe.
    public static func findings(in bytes: [UInt8], allowingColour: Bool) -> [String] {
        var findings: [String] = []
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            let context = String(String.UnicodeScalarView(scalars[max(0, index - 12)..<min(scalars.count, index + 12)]))
                .unicodeScalars.map {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\\u{\(String($0.value, radix: 16))}" : String($0)
                }.joined()
            if value == 0x1B {
                if allowingColour, index + 1 < scalars.count, scalars[index + 1] == "[" {
                    var end = index + 2
                    while end < scalars.count, "0123456789;:".unicodeScalars.contains(scalars[end]) { end += 1 }
                    if end < scalars.count, scalars[end] == "m" {
                        index = end + 1
                        continue
                    }
                }
                findings.append("escape sequence near: \(context)")
            } else if value < 0x20 && value != 0x0A {
                findings.append("control U+\(String(value, radix: 16)) near: \(context)")
            } else if (0x7F...0x9F).contains(value) {
                findings.append("C1 control U+\(String(value, radix: 16)) near: \(context)")
            } else if (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || (0x2060...0x2064).contains(value) || value == 0xFEFF || value == 0x061C
            {
                findings.append("invisible or reordering U+\(String(value, radix: 16)) near: \(context)")
            }
            index += 1
        }
        return findings
    }
}
