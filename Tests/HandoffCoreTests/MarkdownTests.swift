import HandoffCore
import Testing

/// Text from the board in the meeting's minutes stays text: no formatting, no link, no table cell.
@Suite struct MarkdownTests {
    @Test func formattingLinksAndAddressesAreEscaped() {
        #expect(Markdown.escape("~~struck~~ *bold* [x](y) a|b") == "\\~\\~struck\\~\\~ \\*bold\\* \\[x\\](y) a\\|b")
        #expect(Markdown.escape("see https://evil.example/pay now") == "see https\\://evil.example/pay now")
        #expect(Markdown.escape("WWW.evil.example or www.x") == "WWW\\.evil.example or www\\.x")
        #expect(Markdown.escape("awww.cute and 2:30 and a://") == "awww.cute and 2:30 and a\\://")
        #expect(Markdown.escape("Ñandú") == "Ñandú")
    }
}
