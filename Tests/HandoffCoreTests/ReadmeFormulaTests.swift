import Foundation
import HandoffCore
import Testing

/// The README states every figure's formula in the same words as the dashboard's help.
@Suite struct ReadmeFormulaTests {
    @Test func everyFormulaIsInTheReadme() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for definition in KPIDefinition.figures + KPIDefinition.charts {
            #expect(text.contains("- " + definition.formula + "\n"), "the README lacks the formula of \(definition.id)")
        }
    }
}
