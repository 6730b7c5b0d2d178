import HandoffCore

/// Finds English board text left on screens that should be Spanish: every fragment of an English
/// string (between its `{n}` placeholders) that differs in Spanish and still shows up. Fragments
/// shorter than eight characters, numbers, fragments found in data (stage titles, filter keys) and
/// fragments the Spanish text says alike ("insight ") are not evidence, since Spanish screens may
/// hold them too.
public enum UntranslatedText {
    public static func fragments(on screens: String, ignoring data: [String]) -> [String] {
        let english = Strings.table(.english), spanish = Strings.table(.spanish)
        var leftovers: [String] = []
        for key in StringKey.allCases where english[key] != spanish[key] {
            let fragments = (english[key] ?? "").split(whereSeparator: { $0 == "{" || $0 == "}" }).map(String.init)
                .filter { fragment in !data.contains { $0.contains(fragment.trimmingCharacters(in: .whitespaces)) } }
                .filter { !(spanish[key] ?? "").contains($0) }
            for fragment in fragments where fragment.count >= 8 && !fragment.allSatisfy({ $0.isNumber }) && screens.contains(fragment) {
                leftovers.append("\(key): \(fragment)")
            }
        }
        return leftovers
    }
}
