/// A lead's name built from several columns of an imported file: `--name "{product} for {account}"`,
/// or `--map name=first_name+last_name` (the columns joined by a space). Deals exported without a
/// name of their own then read as what they are, instead of the company written twice on a card.
public struct NameTemplate: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        case literal(String)
        case column(Int)
    }

    public let parts: [Part]
    /// The text as given, for messages.
    public let text: String

    /// `{column}` names a column of `header` (compared as column names are); other text is kept.
    public init(_ text: String, header: [String], option: String) throws(HandoffError) {
        self.text = text
        let normalized = header.map(ImportMapping.normalize)
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .invalidInput(Message(.isNeverClosedWrite, "\(option)", "\(text)"))
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let index = normalized.firstIndex(of: ImportMapping.normalize(name)) else {
                throw .invalidInput(
                    Message(.fileHasNoColumn, "\(option)", "\(text)", "\(name)", "\(header.joined(separator: ", "))"))
            }
            parts.append(.column(index))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        guard parts.contains(where: { if case .column = $0 { return true } else { return false } }) else {
            throw .invalidInput(Message(.namesNoColumnWrite, "\(option)", "\(text)"))
        }
        self.parts = parts
    }

    /// `a+b+c`: the columns joined by spaces.
    public init(joining columns: [String], header: [String], option: String) throws(HandoffError) {
        try self.init(columns.map { "{\($0)}" }.joined(separator: " "), header: header, option: option)
    }

    /// The columns the name is made of.
    public var columns: [Int] { parts.compactMap { if case let .column(index) = $0 { return index } else { return nil } } }

    /// The name for a record's fields: nil when every column of it is empty. The text around a
    /// column is kept only when the columns on both sides of it have a value, so `{product} for
    /// {account}` without an account is the product alone.
    public func name(_ fields: [String]) -> String? {
        var result = ""
        var pending = ""
        var started = false
        // An empty column since the last value (or before the first): the text beside it goes.
        var gap = false
        for part in parts {
            switch part {
            case let .literal(text):
                pending += text
            case let .column(index):
                let value = index < fields.count ? fields[index].trimmingSpaces : ""
                if value.isEmpty {
                    gap = true
                } else {
                    if !started {
                        if !gap { result += pending }
                    } else {
                        result += gap ? " " : pending
                    }
                    result += value
                    started = true
                    gap = false
                }
                pending = ""
            }
        }
        if started && !gap { result += pending }
        let name = result.trimmingSpaces
        return name.isEmpty ? nil : name
    }
}
