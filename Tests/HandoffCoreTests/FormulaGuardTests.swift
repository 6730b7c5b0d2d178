import HandoffCore
import Testing

/// Cells a spreadsheet would run as formulas leave an export behind a `'`, and come back from an
/// import as they were.
@Suite struct FormulaGuardTests {
    @Test func formulaCellsAreGuardedAndPlainOnesAreNot() {
        let cases: [(String, String)] = [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+SUM(1)", "'+SUM(1)"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("'=x", "''=x"), ("''=x", "'''=x"),
            ("-5", "-5"), ("+34", "+34"), ("-12.50", "-12.50"), ("-", "'-"), ("+34 600 123 456", "'+34 600 123 456"), ("-.5", "'-.5"),
            ("1.", "1."),
            ("'plain", "'plain"), ("plain", "plain"), ("", ""), ("a=b", "a=b"), ("'", "'"), ("Ñandú", "Ñandú"),
        ]
        for (cell, written) in cases {
            #expect(FormulaGuard.guarded(cell) == written, "\(cell)")
            #expect(FormulaGuard.unguarded(written) == cell, "\(written)")
        }
    }

    @Test func everyTextComesBackFromItsGuardedForm() {
        var random = SeededRandom(seed: 52)
        let alphabet = Array("=+-@'\t\r a1.\"") + ["é"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...6, using: &random)
            let cell = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            let written = FormulaGuard.guarded(cell)
            #expect(FormulaGuard.unguarded(written) == cell, "\(cell.debugDescription)")
            #expect(FormulaGuard.guarded(FormulaGuard.unguarded(written)) == written)
            #expect(!FormulaGuard.needsGuard(written.utf8) || written.hasPrefix("'"))
        }
    }

    @Test func theWriterGuardsInsideQuotesToo() {
        #expect(CSVWriter.line(["=1,2", "ok", "@x"], guardingFormulas: true) == "\"'=1,2\",ok,'@x\n")
        #expect(CSVWriter.line(["=1,2", "ok", "@x"]) == "\"=1,2\",ok,@x\n")
    }
}
