import Foundation
import HandoffCore
import Testing

/// The KPI guide states every figure's formula in the same words as the dashboard's help.
@Suite struct KPIFormulaDocumentTests {
    @Test func everyFormulaIsInTheKPIGuide() throws {
        let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/kpis.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        for definition in KPIDefinition.figures + KPIDefinition.charts {
            #expect(text.contains("- " + definition.formula + "\n"), "docs/kpis.md lacks the formula of \(definition.id)")
        }
    }
}
