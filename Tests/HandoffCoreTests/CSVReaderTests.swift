import HandoffCore
import Testing

@Suite struct CSVReaderTests {
    func records(_ text: String) -> [[String]] { CSVReader().records(Array(text.utf8)) }

    @Test func quotedFieldsKeepCommasQuotesAndNewlines() {
        let rows = records("name,note\n\"García, Ana\",\"said \"\"hola\"\"\nthen left\"\n")
        #expect(rows == [["name", "note"], ["García, Ana", "said \"hola\"\nthen left"]])
    }

    @Test func crlfBomAndMissingFinalNewline() {
        let rows = CSVReader().records([0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,2\r\n3,".utf8))
        #expect(rows == [["a", "b"], ["1", "2"], ["3", ""]])
    }

    @Test func blankLinesAreSkippedAndLineNumbersReported() {
        var lines: [Int] = []
        CSVReader().read(Array("a\n\n\"x\ny\"\nz\n".utf8)) { _, line in lines.append(line); return true }
        #expect(lines == [1, 3, 5])
    }

    @Test func otherDelimiters() {
        #expect(CSVReader(delimiter: UInt8(ascii: ";")).records(Array("a;b\n1,5;2\n".utf8)) == [["a", "b"], ["1,5", "2"]])
    }
}
