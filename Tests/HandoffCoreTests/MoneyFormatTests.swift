import HandoffCore
import Testing

@Suite struct MoneyFormatTests {
    @Test func compactFigures() {
        #expect(MoneyFormat.compact(18_500) == "18.5k")
        #expect(MoneyFormat.compact(1_250_000) == "1.25M")
        #expect(MoneyFormat.compact(950) == "950")
        #expect(MoneyFormat.compact(nil) == "")
        #expect(MoneyFormat.whole(1_234_567.8) == "1,234,568")
        #expect(MoneyFormat.whole(-1_000) == "-1,000")
    }
}
