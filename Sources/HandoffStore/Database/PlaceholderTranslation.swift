/// The store writes `?` and `?N` placeholders, as SQLite reads them; PostgreSQL reads `$N`. The
/// text is rewritten once, when a statement is prepared, outside quoted text and comments, so the
/// store's SQL stays one text for both engines.
enum PlaceholderTranslation {
    /// The SQL with `$N` placeholders and how many parameters it takes.
    static func postgres(_ sql: String) -> (sql: String, parameters: Int) {
        var output = ""
        output.reserveCapacity(sql.utf8.count + 16)
        var next = 0
        var highest = 0
        var quote: Character?
        var inComment = false
        var index = sql.startIndex
        while index < sql.endIndex {
            let character = sql[index]
            if inComment {
                output.append(character)
                if character == "\n" { inComment = false }
            } else if let open = quote {
                output.append(character)
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
                output.append(character)
            } else if character == "-", sql.index(after: index) < sql.endIndex, sql[sql.index(after: index)] == "-" {
                inComment = true
                output.append(character)
            } else if character == "?" {
                var digits = ""
                var cursor = sql.index(after: index)
                while cursor < sql.endIndex, let digit = sql[cursor].wholeNumberValue, sql[cursor].isASCII {
                    digits.append(String(digit))
                    cursor = sql.index(after: cursor)
                }
                let number: Int
                if let explicit = Int(digits) {
                    number = explicit
                    index = sql.index(before: cursor)
                } else {
                    next += 1
                    number = next
                }
                highest = max(highest, number)
                output += "$\(number)"
            } else {
                output.append(character)
            }
            index = sql.index(after: index)
        }
        return (output, highest)
    }
}
