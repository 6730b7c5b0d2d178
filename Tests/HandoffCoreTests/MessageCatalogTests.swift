import Foundation
import HandoffCore
import Testing

/// Sentences written as `Message`s (errors, help, what commands print) have their Spanish in
/// `Strings+Messages.swift`, found by their English template. These tests read the sources the way
/// the compiler builds templates, so a sentence added without its Spanish fails here.
@Suite struct MessageCatalogTests {
    @Test func everySentenceOfAnErrorAHelpOrACommandHasItsSpanish() throws {
        let found = try SourceLiterals.load()
        let missing = found.messages.filter { !$0.isEmpty && Strings.messageTable(.spanish)[$0] == nil }
        #expect(found.messages.count > 300, "the scan found only \(found.messages.count) sentences")
        #expect(missing.isEmpty, "no Spanish for:\n\(missing.sorted().joined(separator: "\n"))")
    }

    @Test func everySpanishSentenceBelongsToASentenceOfTheSourcesWithTheSamePlaceholders() throws {
        let found = try SourceLiterals.load()
        for (english, spanish) in Strings.messageTable(.spanish) {
            #expect(found.all.contains(english), "no sentence in the sources reads '\(english)' any more")
            #expect(Strings.placeholders(in: spanish) == Strings.placeholders(in: english), "'\(english)' -> '\(spanish)'")
        }
    }

    @Test func aMessageIsTranslatedWithItsArgumentsAndNestedMessages() {
        let spanish = Strings(.spanish)
        let error = HandoffError.invalidInput("--amount: \(HandoffError.invalidInput("the amount cannot be negative"))")
        #expect(error.description == "--amount: the amount cannot be negative")
        #expect(error.text(spanish) == "--amount: el importe no puede ser negativo")
        #expect(spanish(HandoffError.leadNotFound(42).message) == "no hay ningún lead con id 42")
        let count: Message = "\(integer: 12_345) rows, \(40)% of the file, \(integer: 1_500) rows/s"
        #expect(count.description == "12,345 rows, 40% of the file, 1,500 rows/s")
        #expect(spanish(count) == "12.345 filas, 40 % del fichero, 1500 filas/s")
        // Data passed as text is never looked up: a lead named like a sentence stays as it is.
        #expect(spanish(Message(verbatim: "just now")) == "just now")
        #expect(spanish("moved it to \(Message(verbatim: "Propuesta"))") == "lo movió a Propuesta")
    }

    @Test func aConflictIsToldInSpanishWithWhoAndWhen() {
        let conflict = LeadConflict(
            leadID: 7, leadName: "Kofi Mensah", changedBy: "Marta Ruiz", secondsAgo: 30, change: "accepted it",
            state: "now in \(Message(verbatim: "Accepted (SAL)")), owner \("ben")")
        #expect(
            HandoffError.conflict(conflict).description
                == "Kofi Mensah (lead 7) was changed by Marta Ruiz a moment ago (accepted it); now in Accepted (SAL), owner ben. Nothing was overwritten."
        )
        #expect(
            HandoffError.conflict(conflict).text(Strings(.spanish))
                == "Marta Ruiz cambió Kofi Mensah (lead 7) hace un momento (lo aceptó); ahora en Accepted (SAL), responsable ben. No se sobrescribió nada."
        )
    }
}

/// The string literals of the shipped sources, as `Message` templates: interpolations become
/// `{1}`, `{2}`..., multi-line literals lose their indentation and joined lines, as the compiler does.
struct SourceLiterals {
    /// Every literal, whatever it is used for.
    var all: Set<String> = []
    /// Literals in places that only take a `Message`: errors, usage errors, help, `say`.
    var messages: Set<String> = []

    static let messageOpeners = [
        ".invalidInput(", ".notPermitted(", ".storage(", ".busy(", ".invalidMove(", "UsageError(", ".say(",
        ".sayError(", " strings(", "(strings(", "summary: ", "details: ", ": Message = ", ", reason: ", "what: ", "after: ",
    ]
    /// Calls whose last argument is the sentence, after other arguments on the same line.
    static let sentenceLastOpeners = ["error(at: ", "ScoringError(line: "]

    static func load() throws -> SourceLiterals {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var result = SourceLiterals()
        for module in ["handoff", "HandoffCLI", "HandoffCore", "HandoffStore", "HandoffTUI"] {
            let folder = root.appendingPathComponent("Sources/\(module)")
            // Every folder of the module, however its files are grouped. The Spanish tables themselves
            // are not a source of sentences: their keys would vouch for themselves.
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            #expect(!files.isEmpty, "no sources in \(folder.path)")
            for name in files
            where name.hasSuffix(".swift")
                && !((name as NSString).lastPathComponent.hasPrefix("Strings+") && name.hasSuffix("Messages.swift"))
            {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                result.scan(Array(text.unicodeScalars))
            }
        }
        return result
    }

    mutating func scan(_ source: [Unicode.Scalar]) {
        var index = 0
        var optionSpecDepth: Int?
        var depth = 0
        while index < source.count {
            let scalar = source[index]
            if scalar == "/" && index + 1 < source.count && source[index + 1] == "/" {
                while index < source.count && source[index] != "\n" { index += 1 }
                continue
            }
            if scalar == "(" {
                if SourceLiterals.ends(source, at: index + 1, with: "OptionSpec(") { optionSpecDepth = depth }
                depth += 1
            }
            if scalar == ")" {
                depth -= 1
                if optionSpecDepth == depth { optionSpecDepth = nil }
            }
            guard scalar == "\"" else { index += 1; continue }
            let start = index
            let (template, end) = SourceLiterals.literal(source, at: index)
            all.insert(template)
            let inOptionSummary = optionSpecDepth != nil && template.contains(" ")
            if inOptionSummary || SourceLiterals.messageOpeners.contains(where: { SourceLiterals.ends(source, at: start, with: $0) })
                || SourceLiterals.sentenceLast(source, before: start)
            {
                messages.insert(template)
            }
            index = end
        }
    }

    /// The literal at `start` ends a call such as `line.error(at: token, "...")` begun on its line.
    static func sentenceLast(_ source: [Unicode.Scalar], before start: Int) -> Bool {
        var index = start - 1
        var text = ""
        while index >= 0 && source[index] != "\n" && source[index] != "\"" {
            text.unicodeScalars.insert(source[index], at: text.unicodeScalars.startIndex)
            index -= 1
        }
        guard text.hasSuffix(", ") else { return false }
        return sentenceLastOpeners.contains { text.contains($0) }
    }

    static func ends(_ source: [Unicode.Scalar], at end: Int, with text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard end >= scalars.count else { return false }
        return Array(source[(end - scalars.count)..<end]) == scalars
    }

    /// The template of the literal opening at `start`, and the index after it.
    static func literal(_ source: [Unicode.Scalar], at start: Int) -> (String, Int) {
        let multiLine = ends(source, at: start + 3, with: "\"\"\"")
        var index = start + (multiLine ? 3 : 1)
        var text = ""
        var arguments = 0
        while index < source.count {
            if multiLine && ends(source, at: index + 3, with: "\"\"\"") { index += 3; break }
            let scalar = source[index]
            if !multiLine && scalar == "\"" { index += 1; break }
            if scalar == "\\" {
                let next = source[index + 1]
                switch next {
                case "(":
                    var nesting = 1
                    var inner = index + 2
                    while nesting > 0 {
                        if source[inner] == "\"" { inner = literal(source, at: inner).1; continue }
                        if source[inner] == "(" { nesting += 1 }
                        if source[inner] == ")" { nesting -= 1 }
                        inner += 1
                    }
                    arguments += 1
                    text += "{\(arguments)}"
                    index = inner
                    continue
                case "n": text += "\n"
                case "t": text += "\t"
                case "\n": text += "\u{0}\n"
                default: text.unicodeScalars.append(next)
                }
                index += 2
                continue
            }
            text.unicodeScalars.append(scalar)
            index += 1
        }
        guard multiLine else { return (text, index) }
        var lines = text.components(separatedBy: "\n")
        let indentation = lines.last.map { $0.allSatisfy { $0 == " " } ? $0.count : 0 } ?? 0
        lines = Array(lines.dropFirst().dropLast()).map { String($0.dropFirst(min(indentation, $0.prefix { $0 == " " }.count))) }
        var joined = lines.joined(separator: "\n")
        while let range = joined.range(of: "\u{0}\n") { joined.replaceSubrange(range, with: "") }
        return (joined, index)
    }
}
