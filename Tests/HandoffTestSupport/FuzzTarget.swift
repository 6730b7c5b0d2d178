import Foundation

/// Something that reads input from people or files, as the fuzzer sees it: a corpus of good
/// inputs to mutate, the tokens of its format, and a function that runs one input. The contract
/// every target keeps: no crash, no hang, and either success or a clear refusal.
///
/// A parser plugs in with a few lines, e.g. a rule parser that returns a Result:
///
///     FuzzTarget(name: "scoring rules", corpus: [Array("title contains CEO: +20".utf8)],
///                dictionary: [Array(":".utf8), Array("+".utf8)]) { input in
///         switch ScoringRules.parse(String(decoding: input, as: UTF8.self)) {
///         case .success: return .accepted
///         case let .failure(error): return .refused(error.description)
///         }
///     }
///
/// and a reader that writes to a board uses `againstBoard`, which also checks that a refused input
/// left the database exactly as it was.
public struct FuzzTarget: Sendable {
    public enum Outcome: Sendable, Equatable {
        case accepted
        /// Refused, with the message a user would read.
        case refused(String)
    }

    /// A broken contract; thrown by `run` with what went wrong.
    public struct Violation: Error, CustomStringConvertible {
        public var description: String

        public init(_ description: String) {
            self.description = description
        }
    }

    public var name: String
    public var corpus: [[UInt8]]
    /// Tokens worth inserting: the delimiters, keywords and troublesome bytes of the format.
    public var dictionary: [[UInt8]]
    public var maximumLength: Int
    /// Runs one input; throws `Violation` (or anything) when the outcome breaks the contract.
    public var run: @Sendable ([UInt8]) throws -> Outcome

    public init(
        name: String, corpus: [[UInt8]], dictionary: [[UInt8]] = [], maximumLength: Int = 4_096,
        run: @escaping @Sendable ([UInt8]) throws -> Outcome
    ) {
        self.name = name
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.dictionary = dictionary + FuzzTarget.troublesome
        self.maximumLength = maximumLength
        self.run = run
    }

    /// A target that may write to the board at `path`: a refused input must leave every row of the
    /// database as it was (compared by `DatabaseDigest`).
    public static func againstBoard(
        name: String, board path: String, corpus: [[UInt8]], dictionary: [[UInt8]] = [],
        maximumLength: Int = 4_096, run: @escaping @Sendable ([UInt8]) throws -> Outcome
    ) -> FuzzTarget {
        FuzzTarget(name: name, corpus: corpus, dictionary: dictionary, maximumLength: maximumLength) { input in
            let before = try DatabaseDigest.of(path)
            let outcome = try run(input)
            if case let .refused(message) = outcome, try DatabaseDigest.of(path) != before {
                throw Violation("refused (\(message)) but the database changed")
            }
            return outcome
        }
    }

    /// Bytes that break naive readers, added to every target's dictionary.
    static let troublesome: [[UInt8]] = [
        [0x00], [0x1B], Array("\u{1B}[2J".utf8), Array("\u{1B}]52;c;SGVsbG8=\u{07}".utf8), [0xC2, 0x9B], [0xE2, 0x80, 0xAE],
        [0xEF, 0xBB, 0xBF], [0xFF], [0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], Array("\r\n".utf8), [0x0A], [0x0D],
        Array("陈伟".utf8), Array("👩‍💻".utf8), Array("e\u{301}".utf8), Array("-1".utf8), Array("0".utf8), Array("99999999999999999999".utf8),
        Array("1e308".utf8), Array("NaN".utf8), Array("--".utf8), Array("=".utf8), Array(" ".utf8),
    ]
}
