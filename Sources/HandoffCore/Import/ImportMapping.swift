/// Which column of a file fills which field, decided once from the header. Columns that fill no
/// field are kept on each lead as attributes under their own name (`attr.X` columns, as exports
/// write them, always are). Column names compare case-, space-, `_`- and `-`-insensitively.
public struct ImportMapping: Sendable, Equatable {
    public struct Attribute: Sendable, Equatable {
        public let column: Int
        public let name: String

        public init(column: Int, name: String) {
            self.column = column
            self.name = name
        }
    }

    public let header: [String]
    /// Field name to column index.
    public let fields: [String: Int]
    public let attributes: [Attribute]
    /// Columns read into nothing: nameless ones, and the bookkeeping columns of a rejects file.
    public let ignored: [Int]
    /// The id column numbers records of one kind of object in the system the file came from
    /// (`ImportField.externalIDColumns`): its values are that system's ids, never the board's.
    public let idIsExternal: Bool
    /// `--name` or `--map name=a+b`: the name built from several columns.
    public let nameTemplate: NameTemplate?
    /// What the file holds: `--kind`, or deals when a leads import's header is a deals export's.
    public let kind: ImportKind

    /// The columns a rejects file adds in front of the original ones; importing a corrected rejects
    /// file skips them.
    public static let rejectColumns = ["import_row", "import_line", "import_column", "import_error"]
    public static let attributePrefix = "attr."

    /// `overrides` is `--map`: field name to column name; an empty column name leaves the field unmapped.
    public init(header: [String], kind: ImportKind, overrides: [(field: String, column: String)] = [], nameTemplate: String? = nil)
        throws(HandoffError)
    {
        self.header = header
        self.kind = kind
        let normalized = header.map(ImportMapping.normalize)
        var fields: [String: Int] = [:]
        var claimed = Set<Int>()
        var unmapped = Set<String>()
        let fieldNames = kind.fields.map(\.name)
        var template = try nameTemplate.map { text throws(HandoffError) in try NameTemplate(text, header: header, option: "--name") }
        if template != nil { unmapped.insert("name") }
        for (field, column) in overrides {
            guard fieldNames.contains(field) else {
                throw .invalidInput(
                    Message(.mapIsNotA, "\(field)", "\(column)", "\(field)", "\(kind.rawValue)", "\(fieldNames.joined(separator: ", "))")
                )
            }
            if column.isEmpty {
                unmapped.insert(field)
                continue
            }
            if field == "name", column.contains("+"), !normalized.contains(ImportMapping.normalize(column)) {
                template = try NameTemplate(
                    joining: column.split(separator: "+").map { String($0).trimmingSpaces }, header: header, option: "--map name=\(column)")
                unmapped.insert("name")
                continue
            }
            guard let index = normalized.firstIndex(of: ImportMapping.normalize(column)) else {
                throw .invalidInput(
                    Message(.mapTheFileHas, "\(field)", "\(column)", "\(column)", "\(header.joined(separator: ", "))"))
            }
            fields[field] = index
            claimed.insert(index)
        }
        var ignored: [Int] = []
        var attributeNames: [Int: String] = [:]
        for (index, name) in header.enumerated() where !claimed.contains(index) {
            let trimmed = name.trimmingSpaces
            if trimmed.lowercased().hasPrefix(ImportMapping.attributePrefix) {
                attributeNames[index] = String(trimmed.dropFirst(ImportMapping.attributePrefix.count))
                claimed.insert(index)
            } else if trimmed.isEmpty || ImportMapping.rejectColumns.contains(trimmed.lowercased()) {
                ignored.append(index)
                claimed.insert(index)
            }
        }
        // The field's own name first for every field, then each field's aliases in order: an exact
        // name always beats an alias, and a more specific alias beats a looser one.
        let candidates = kind.fields.map { [$0.name] + $0.aliases }
        for level in 0..<(candidates.map(\.count).max() ?? 0) {
            for (position, field) in kind.fields.enumerated() where fields[field.name] == nil && !unmapped.contains(field.name) {
                guard level < candidates[position].count else { continue }
                let wanted = ImportMapping.normalize(candidates[position][level])
                if let index = normalized.indices.first(where: { !claimed.contains($0) && normalized[$0] == wanted }) {
                    fields[field.name] = index
                    claimed.insert(index)
                }
            }
        }
        var attributes: [Attribute] = []
        var used = Set<String>()
        for index in header.indices where kind.keepsAttributes && !fields.values.contains(index) && !ignored.contains(index) {
            var name = attributeNames[index] ?? header[index].trimmingSpaces
            let base = name
            var copy = 2
            while used.contains(name) {
                name = "\(base) (\(copy))"
                copy += 1
            }
            used.insert(name)
            attributes.append(Attribute(column: index, name: name))
        }
        self.fields = fields
        self.attributes = attributes
        self.ignored = ignored
        self.nameTemplate = template
        idIsExternal = fields["id"].map { ImportField.externalIDColumns.contains(normalized[$0]) } ?? false
    }

    public func column(_ field: String) -> Int? { fields[field] }

    /// Problems with the row as a whole or with its bytes: an unclosed quote, a number of fields
    /// that does not match the header (empty trailing fields aside), text that is not UTF-8.
    /// Returns false when the row cannot be read field by field at all.
    public func checkShape(_ record: CSVRecord, problems: inout [ImportProblem]) -> Bool {
        if record.unterminatedQuote {
            let column = record.fields.count <= header.count ? header[max(0, record.fields.count - 1)] : ""
            problems.append(
                ImportProblem(
                    column: column, reason: Message(.quotedFieldIsNever)))
            return false
        }
        let fields = record.fields
        if fields.count < header.count || (fields.count > header.count && fields[header.count...].contains { !$0.isEmpty }) {
            let reason: Message =
                fields.count == 1
                ? Message(.rowHas1Field, "\(integer: header.count)")
                : Message(.rowHasFieldsBut, "\(integer: fields.count)", "\(integer: header.count)")
            problems.append(ImportProblem(column: "", reason: reason))
            return false
        }
        for index in record.invalidFields where index < header.count {
            problems.append(ImportProblem(column: header[index], reason: Message(.textIsNotValid)))
        }
        return true
    }

    /// The trimmed text of a field's column in `record`, nil when the column is absent or empty.
    public func text(_ field: String, in record: CSVRecord) -> String? {
        guard let column = fields[field] else { return nil }
        let value = record.fields[column].trimmingSpaces
        return value.isEmpty ? nil : value
    }

    /// One line per column, in file order: what it fills. For previews and dry runs.
    public var lines: [Message] {
        let byColumn = Dictionary(uniqueKeysWithValues: fields.map { ($0.value, $0.key) })
        let attributeByColumn = Dictionary(uniqueKeysWithValues: attributes.map { ($0.column, $0.name) })
        return header.indices.map { index in
            let name: Message = header[index].isEmpty ? Message(.columnNoName, "\(index + 1)") : Message(verbatim: header[index])
            if let field = byColumn[index] { return Message(.mappedTo, "\(name)", "\(field)") }
            if let nameTemplate, nameTemplate.columns.contains(index) {
                return attributeByColumn[index] != nil
                    ? Message(.nameAndAttribute, "\(name)", "\(nameTemplate.text)", "\(attributeByColumn[index]!)")
                    : Message(.mappedToName, "\(name)", "\(nameTemplate.text)")
            }
            if let attribute = attributeByColumn[index] { return Message(.attribute, "\(name)", "\(attribute)") }
            return Message(.ignored, "\(name)")
        }
    }

    /// `first name`, `First_Name` and `FirstName` are the same column.
    public static func normalize(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { !" _-\t".unicodeScalars.contains($0) }))
    }

    /// `text` as one word of a shell command line: as it is when it is plain, else in single quotes,
    /// so a suggested option can be copied and run.
    public static func shellWord(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "=_-.,/:+".unicodeScalars.contains($0))
            }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `a=b,c=d` as ordered pairs; `option` names the option in the error.
    public static func pairs(_ text: String, option: String) throws(HandoffError) -> [(String, String)] {
        var result: [(String, String)] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            guard let equals = part.firstIndex(of: "=") else {
                throw .invalidInput(Message(.takesNAMEVALUEPairs, "\(option)", "\(part)"))
            }
            let key = String(part[..<equals]).trimmingSpaces
            let value = String(part[part.index(after: equals)...]).trimmingSpaces
            guard !key.isEmpty else { throw .invalidInput(Message(.hasNothingBefore, "\(option)", "\(part)")) }
            result.append((key, value))
        }
        return result
    }
}

extension String {
    /// Without leading and trailing spaces and tabs; Foundation-free and cheap when there are none.
    var trimmingSpaces: String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var copy = self
        let clean = copy.withUTF8 { $0.isEmpty || (!isSpace($0[0]) && !isSpace($0[$0.count - 1])) }
        if clean { return self }
        let utf8 = self.utf8
        guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
