import HandoffCore
import Testing

@Suite struct CSVReaderTests {
    func records(_ text: String) -> [[String]] { CSVReader.records(Array(text.utf8)) }

    /// Every record with its number and line, read in chunks of `size` bytes.
    func chunked(_ bytes: [UInt8], size: Int) -> [(fields: [String], number: Int, line: Int, invalid: [Int], unterminated: Bool)] {
        var reader = CSVReader()
        var all: [(fields: [String], number: Int, line: Int, invalid: [Int], unterminated: Bool)] = []
        let emit: (inout CSVRecord) -> Bool = { record in
            all.append((record.fields, record.number, record.line, record.invalidFields, record.unterminatedQuote))
            return true
        }
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + size)
            bytes[start..<end].withUnsafeBufferPointer { _ = reader.feed($0, emit) }
            start = end
        }
        reader.finish(emit)
        return all
    }

    @Test func quotedFieldsKeepCommasQuotesAndNewlines() {
        let rows = records("name,note\n\"García, Ana\",\"said \"\"hola\"\"\nthen left\"\n")
        #expect(rows == [["name", "note"], ["García, Ana", "said \"hola\"\nthen left"]])
    }

    @Test func crlfBomAndMissingFinalNewline() {
        let rows = CSVReader.records([0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,2\r\n3,".utf8))
        #expect(rows == [["a", "b"], ["1", "2"], ["3", ""]])
    }

    @Test func blankLinesAreSkippedAndLineNumbersReported() {
        var lines: [Int] = []
        var numbers: [Int] = []
        CSVReader.read(Array("a\n\n\"x\ny\"\nz\n".utf8)) { record in
            lines.append(record.line)
            numbers.append(record.number)
            return true
        }
        #expect(lines == [1, 3, 5])
        #expect(numbers == [1, 2, 3])
    }

    @Test func otherDelimiters() {
        #expect(CSVReader.records(Array("a;b\n1,5;2\n".utf8), delimiter: UInt8(ascii: ";")) == [["a", "b"], ["1,5", "2"]])
        #expect(CSVReader.records(Array("a\tb\n1\t2\n".utf8), delimiter: UInt8(ascii: "\t")) == [["a", "b"], ["1", "2"]])
    }

    @Test func everyChunkSizeGivesTheSameRecords() {
        // A quote, a CRLF and a BOM split across chunks must not change anything.
        let text =
            [0xEF, 0xBB, 0xBF]
            + Array("id,name,note\r\n1,\"Ana \"\"la\"\" Ruiz\",\"two\r\nlines\"\r\n2,Tomás,\r\n\r\n3,\"x\",\"\"\r\n".utf8)
        let whole = chunked(text, size: text.count)
        #expect(
            whole.map(\.fields) == [
                ["id", "name", "note"], ["1", "Ana \"la\" Ruiz", "two\r\nlines"], ["2", "Tomás", ""], ["3", "x", ""],
            ])
        #expect(whole.map(\.line) == [1, 2, 4, 6])
        for size in 1...9 {
            let pieces = chunked(text, size: size)
            #expect(pieces.map(\.fields) == whole.map(\.fields), "chunks of \(size)")
            #expect(pieces.map(\.line) == whole.map(\.line), "chunks of \(size)")
        }
    }

    @Test func invalidUTF8IsReportedByFieldAndReplaced() {
        let bytes = Array("a,b,c\nok,".utf8) + [0x66, 0xFF, 0x6F] + Array(",Ñandú\n".utf8) + [0xE2, 0x82] + Array(",x,y\n".utf8)
        let rows = chunked(bytes, size: 4)
        #expect(rows.map(\.invalid) == [[], [1], [0]])
        #expect(rows[1].fields == ["ok", "f\u{FFFD}o", "Ñandú"])
        #expect(rows[2].fields[0] == "\u{FFFD}")
    }

    @Test func validatorAcceptsEveryWellFormedSequenceAndRefusesTheRest() {
        let good: [[UInt8]] = [Array("plain".utf8), Array("ñ€😀".utf8), [0xF4, 0x8F, 0xBF, 0xBF]]
        let bad: [[UInt8]] = [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xFF]]
        for bytes in good {
            #expect(CSVReader.records([UInt8]("h\n".utf8) + bytes + [0x0A]) == [["h"], [String(decoding: bytes, as: UTF8.self)]])
        }
        for bytes in bad {
            var invalid: [Int] = []
            CSVReader.read(bytes) { record in
                invalid = record.invalidFields; return true
            }
            #expect(invalid == [0], "\(bytes)")
        }
    }

    @Test func anUnclosedQuoteIsFlaggedOnTheLastRecord() {
        let rows = chunked(Array("a,b\n1,\"never closed\n2,3\n".utf8), size: 5)
        #expect(rows.count == 2)
        #expect(rows[1].unterminated)
        #expect(rows[1].fields == ["1", "never closed\n2,3\n"])
    }

    @Test func textAfterAClosingQuoteIsKeptAndQuotesInsideUnquotedFieldsArePlain() {
        #expect(records("a,b\n\"x\"y,5\" tall\n") == [["a", "b"], ["xy", "5\" tall"]])
    }

    @Test func stoppingEarlyEmitsNothingMore() {
        var seen = 0
        CSVReader.read(Array("a\nb\nc\n".utf8)) { _ in
            seen += 1
            return seen < 2
        }
        #expect(seen == 2)
    }

    @Test func theDelimiterIsTheMostFrequentOneOutsideQuotesOnTheFirstLine() {
        func detect(_ text: String) -> Character {
            Character(Unicode.Scalar(Array(text.utf8).withUnsafeBufferPointer { CSVReader.detectDelimiter($0) }))
        }
        #expect(detect("a,b,c\n1;2;3;4;5\n") == ",")
        #expect(detect("Name;Amount;\"Close, Date\"\n") == ";")
        #expect(detect("a\tb\tc\n") == "\t")
        #expect(detect("\"a,b,c\"|d\n") == "|")
        #expect(detect("single\n") == ",")
    }

    @Test func theWriterQuotesOnlyWhatNeedsIt() {
        #expect(
            CSVWriter.line(["plain", "with, comma", "say \"hi\"", "two\nlines", "", "é"])
                == "plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",,é\n")
        let fields = ["a\r\nb", "\"", ",", " x "]
        #expect(records("h1,h2,h3,h4\n" + CSVWriter.line(fields)) == [["h1", "h2", "h3", "h4"], fields])
    }
}
