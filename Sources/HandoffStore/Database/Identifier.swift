import HandoffCore

/// Logins and campaign ids for owners and campaigns that an import adds.
enum Identifier {
    /// The text itself when it already reads as an id (`tom`, `h2-search`, `Tom.B`), so an export
    /// imported into a new board keeps its ids; else a slug of it (`Begoña Ruiz` -> `begona.ruiz`).
    static func make(_ text: String, separator: Character) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
        return plain ? text : Slug.make(text, separator: separator)
    }

    /// `base`, or `base2`, `base3`... whichever is free.
    static func unique(_ base: String, taken: Set<String>, fallback: String) -> String {
        let root = base.isEmpty ? fallback : base
        if !taken.contains(root) { return root }
        var number = 2
        while taken.contains("\(root)\(number)") { number += 1 }
        return "\(root)\(number)"
    }
}
