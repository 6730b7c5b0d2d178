import Foundation
import Testing

/// Every link between the project's documents leads somewhere: the file exists, and the section
/// named after `#` is a heading of it (by the slugs GitHub makes of headings).
@Suite struct DocumentationLinkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Markdown files of the checkout, outside the build folders and the test fixtures.
    static func documents() -> [URL] {
        let skipped = [".build", ".git", "Tests"]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var found: [URL] = []
        for case let url as URL in walker {
            let relative = url.path.dropFirst(root.path.count + 1)
            if skipped.contains(where: { relative.hasPrefix($0) }) || relative.hasPrefix(".build") {
                walker.skipDescendants()
                continue
            }
            if url.pathExtension == "md" { found.append(url) }
        }
        return found
    }

    /// `[text](target)` targets, outside code blocks and code spans.
    static func links(in text: String) -> [String] {
        var targets: [String] = []
        var inBlock = false
        for line in text.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inBlock.toggle()
                continue
            }
            if inBlock { continue }
            let withoutCode = line.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            var rest = Substring(withoutCode)
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                targets.append(String(after[..<close]))
                rest = after[close...]
            }
        }
        return targets
    }

    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.
    static func slug(_ heading: String) -> String {
        let kept = heading.lowercased().unicodeScalars.filter {
            CharacterSet.alphanumerics.contains($0) || $0 == " " || $0 == "-" || $0 == "_"
        }
        return String(String.UnicodeScalarView(kept)).replacingOccurrences(of: " ", with: "-")
    }

    static func anchors(in text: String) -> Set<String> {
        var anchors: Set<String> = []
        var inBlock = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inBlock.toggle() }
            guard !inBlock, line.hasPrefix("#") else { continue }
            anchors.insert(slug(line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)))
        }
        return anchors
    }

    @Test func everyLinkBetweenTheDocumentsLeadsSomewhere() throws {
        let documents = DocumentationLinkTests.documents()
        #expect(documents.contains { $0.lastPathComponent == "ARCHITECTURE.md" }, "docs/ARCHITECTURE.md was not found")
        var broken: [String] = []
        for document in documents {
            let text = try String(contentsOf: document, encoding: .utf8)
            for target in DocumentationLinkTests.links(in: text) where !target.contains("://") && !target.hasPrefix("mailto:") {
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = parts[0].isEmpty ? document : document.deletingLastPathComponent().appendingPathComponent(parts[0])
                let name = document.path.dropFirst(DocumentationLinkTests.root.path.count + 1)
                guard FileManager.default.fileExists(atPath: file.path) else {
                    broken.append("\(name): \(target) (no such file)")
                    continue
                }
                if parts.count == 2, file.pathExtension == "md" {
                    let anchors = DocumentationLinkTests.anchors(in: try String(contentsOf: file, encoding: .utf8))
                    if !anchors.contains(parts[1]) { broken.append("\(name): \(target) (no such section)") }
                }
            }
        }
        #expect(broken.isEmpty, "broken links:\n\(broken.joined(separator: "\n"))")
    }

    @Test func theLinkReaderFindsLinksAndSlugsLikeGitHub() {
        #expect(DocumentationLinkTests.links(in: "see [a](b.md#c) and `[x](y)`\n```\n[z](w)\n```\n[d](e)") == ["b.md#c", "e"])
        #expect(DocumentationLinkTests.slug("Made for the people in the room") == "made-for-the-people-in-the-room")
        #expect(DocumentationLinkTests.slug("KPIs both teams trust") == "kpis-both-teams-trust")
        #expect(DocumentationLinkTests.slug("Scoring: one definition of a qualified lead") == "scoring-one-definition-of-a-qualified-lead")
    }
}
