/// One piece of a line of a scoring file, with the column (1-based, in characters) it starts at.
struct ScoringToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A name or keyword: `threshold`, `employees`, `attr.Occupation`, `in`, `days`.
        case word(String)
        /// `attr."Total Visits"`: an attribute whose name needs quotes.
        case quotedAttribute(String)
        case text(String)
        /// A number and whether it was written as a whole number (no `.` or exponent).
        case number(Double, whole: Bool)
        /// `->`, `=`, `!=`, `<`, `<=`, `>`, `>=`, `(`, `)`, `,`, `%`, `[`, `]`.
        case symbol(String)
    }

    var kind: Kind
    var column: Int
    /// The characters as written, for messages.
    var source: String

    var word: String? {
        if case let .word(word) = kind { return word }
        return nil
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
}
