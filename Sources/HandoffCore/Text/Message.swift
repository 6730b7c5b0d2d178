/// A sentence for a person, written in English at the place that says it and shown in the
/// person's language at the edge (`strings(message)`). Interpolations become its arguments: the
/// English text with `{1}`, `{2}`, ... in their place is the template, and the template is the key
/// of the Spanish table (`Strings+Messages.swift`), so a call site reads as the sentence it prints.
/// An argument that is itself a `Message` or a `HandoffError` is translated too.
public struct Message: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    public indirect enum Argument: Sendable, Equatable {
        case text(String)
        case message(Message)
        /// A text of the board's own table (`StringKey`), such as a KPI's name or formula.
        case key(StringKey)
        /// A count, grouped the way the language writes it: `12,345` / `12.345`.
        case integer(Int)
        /// A measure with one decimal, with the language's decimal mark: `2.5` / `2,5`.
        case decimal(Double)
        /// A day, as the language's screens write it: `2026-11-25` / `25/11/2026`.
        case date(Int64)
    }

    /// The English text with `{n}` for each argument.
    public let template: String
    public let arguments: [Argument]

    #if MESSAGE_AUDIT
        // `swift build -Xswiftc -DMESSAGE_AUDIT --build-path .build/audit` builds with this flag: the
        // compiler then points at every sentence written as a Message, to find those without Spanish.
        @available(*, deprecated, message: "MESSAGE")
        public init(stringLiteral value: String) {
            template = value
            arguments = []
        }

        @available(*, deprecated, message: "MESSAGE")
        public init(stringInterpolation: Interpolation) {
            template = stringInterpolation.template
            arguments = stringInterpolation.arguments
        }
    #else
        public init(stringLiteral value: String) {
            template = value
            arguments = []
        }

        public init(stringInterpolation: Interpolation) {
            template = stringInterpolation.template
            arguments = stringInterpolation.arguments
        }
    #endif

    /// Text that is not a sentence of ours (an operating-system or SQLite message, a line of a
    /// report built elsewhere): shown as it is in every language.
    public init(verbatim text: String) {
        template = "{1}"
        arguments = [.text(text)]
    }

    public var description: String { text(.english) }

    public var isEmpty: Bool { template.isEmpty }

    public func text(_ strings: Strings) -> String {
        let translated = strings.language == .english ? template : Strings.messageTable(strings.language)[template] ?? template
        return Strings.fill(
            translated,
            arguments.map { argument in
                switch argument {
                case let .text(text): return text
                case let .message(message): return message.text(strings)
                case let .key(key): return strings(key)
                case let .integer(value): return strings.integer(value)
                case let .decimal(value): return strings.decimal(value)
                case let .date(seconds): return strings.date(seconds)
                }
            })
    }

    /// Two messages are the same when they say the same thing in English, however they were built.
    public static func == (lhs: Message, rhs: Message) -> Bool { lhs.description == rhs.description }

    /// Items joined with `, `, each an argument: `Message(list: names)` for lists of data.
    public init(joining items: [Message], separator: String = ", ") {
        var interpolation = Interpolation(literalCapacity: 0, interpolationCount: items.count)
        for (index, item) in items.enumerated() {
            if index > 0 { interpolation.appendLiteral(separator) }
            interpolation.appendInterpolation(item)
        }
        self.init(stringInterpolation: interpolation)
    }

    public struct Interpolation: StringInterpolationProtocol, Sendable {
        var template = ""
        var arguments: [Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 4 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            template += literal
        }

        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            append(.text(value.description))
        }

        public mutating func appendInterpolation(_ message: Message) {
            append(.message(message))
        }

        /// `\(integer: count)`: a count written with the language's grouping.
        public mutating func appendInterpolation(integer value: Int) {
            append(.integer(value))
        }

        /// `\(decimal: seconds)`: one decimal, with the language's decimal mark.
        public mutating func appendInterpolation(decimal value: Double) {
            append(.decimal(value))
        }

        /// `\(date: seconds)`: the day, written as the language's screens write it.
        public mutating func appendInterpolation(date seconds: Int64) {
            append(.date(seconds))
        }

        public mutating func appendInterpolation(_ key: StringKey) {
            append(.key(key))
        }

        public mutating func appendInterpolation(_ error: HandoffError) {
            append(.message(error.message))
        }

        private mutating func append(_ argument: Argument) {
            arguments.append(argument)
            template += "{\(arguments.count)}"
        }
    }
}

extension Strings {
    /// `message` in this language.
    public func callAsFunction(_ message: Message) -> String {
        message.text(self)
    }

    /// The translations of `Message` templates, by English template.
    public static func messageTable(_ language: Language) -> [String: String] {
        switch language {
        case .english: return [:]
        case .spanish: return allSpanishMessages
        }
    }

    /// Every part's table in one (the board's, the customer band's, the content loop's), made once.
    static let allSpanishMessages = spanishMessages.merging(customerSpanishMessages) { first, _ in first }
        .merging(spanishContentMessages) { first, _ in first }
        .merging(spanishActivityMessages) { first, _ in first }
}

extension Strings {
    /// Any error as the person reads it: ours in this language, anything else as it describes itself.
    public func error(_ error: any Error) -> String {
        switch error {
        case let error as HandoffError: return self(error.message)
        case let error as UsageError: return self(error.message)
        case let error as FilterError: return error.message(self)
        case let error as ThemeError: return error.message(self)
        default: return String(describing: error)
        }
    }
}
