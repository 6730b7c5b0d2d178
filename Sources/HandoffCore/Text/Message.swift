/// A sentence for a person: a key of the tables (`StringKey`) and its arguments, shown in the
/// person's language at the edge (`strings(message)`). The sentence itself lives once per language,
/// in `Strings+English.swift` and `Strings+Spanish.swift`, whose exhaustive switches make a missing
/// or stray translation a compile error. An argument that is itself a `Message` or a `HandoffError`
/// is translated too; each argument is written as an interpolation of one value, so its kind (a
/// count, a day, a nested sentence) is chosen by its type: `Message(.leadNotFound, "\(id)")`.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    public indirect enum Argument: Sendable, Equatable, ExpressibleByStringInterpolation {
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

        /// A literal argument is data, shown as written in every language.
        public init(stringLiteral value: String) {
            self = .text(value)
        }

        /// `"\(value)"`: the one interpolated value, as the interpolation's overload took it.
        /// Words around it would have no translation, so they are kept with it as data.
        public init(stringInterpolation: Interpolation) {
            if stringInterpolation.template == "{1}", let only = stringInterpolation.arguments.first {
                self = only
            } else {
                self = .message(Message(shape: stringInterpolation.template, stringInterpolation.arguments))
            }
        }
    }

    /// What is said: a sentence of the tables, or a shape with no words of its own (a joined list,
    /// text that is not ours) that reads the same in every language.
    enum Wording: Sendable, Equatable {
        case key(StringKey)
        case shape(String)
    }

    let wording: Wording
    public let arguments: [Argument]

    public init(_ key: StringKey, _ arguments: Argument...) {
        wording = .key(key)
        self.arguments = arguments
    }

    /// A shape with no words of its own, `{n}` where each argument goes: the same in every language.
    public init(shape: String, _ arguments: [Argument]) {
        wording = .shape(shape)
        self.arguments = arguments
    }

    /// Text that is not a sentence of ours (an operating-system or SQLite message, a line of a
    /// report built elsewhere): shown as it is in every language.
    public init(verbatim text: String) {
        self.init(shape: "{1}", [.text(text)])
    }

    /// Nothing to say: a default that callers test with `isEmpty`.
    public static let empty = Message(shape: "", [])

    /// The sentence's key, or nil for a shape.
    public var key: StringKey? {
        if case let .key(key) = wording { return key }
        return nil
    }

    /// The English text with `{n}` for each argument: two messages of one template say the same
    /// thing about different data.
    public var template: String {
        switch wording {
        case let .key(key): return Strings.englishText(key)
        case let .shape(shape): return shape
        }
    }

    public var description: String { text(.english) }

    public var isEmpty: Bool { wording == .shape("") }

    public func text(_ strings: Strings) -> String {
        let translated: String
        switch wording {
        case let .key(key): translated = Strings.text(of: key, in: strings.language)
        case let .shape(shape): translated = shape
        }
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

    /// Items joined with `, `, each an argument: `Message(joining: names)` for lists of data.
    public init(joining items: [Message], separator: String = ", ") {
        let shape = items.indices.map { "{\($0 + 1)}" }.joined(separator: separator)
        self.init(shape: shape, items.map { .message($0) })
    }

    public struct Interpolation: StringInterpolationProtocol, Sendable {
        public private(set) var template = ""
        public private(set) var arguments: [Argument] = []

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
