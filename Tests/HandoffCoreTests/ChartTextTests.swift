import HandoffCore
import Testing

/// Charts drawn with the characters they are given: Unicode blocks or plain ASCII.
@Suite struct ChartTextTests {
    let blocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let ascii = ["_", ".", "-", "~", "=", "+", "*", "#"]
    let eighths = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    @Test func sparklinesScaleToTheLargestValue() {
        // 1/8 of the top still shows as the second level; zero is the lowest.
        #expect(ChartText.sparkline([0, 1, 2, 4, 8], levels: blocks) == "▁▂▃▅█")
        #expect(ChartText.sparkline([0, 1, 2, 4, 8], levels: ascii) == "_.-=#")
        #expect(ChartText.sparkline([0, 0, 0], levels: blocks) == "▁▁▁")
        #expect(ChartText.sparkline([], levels: blocks) == "")
    }

    @Test func barsUseEighthsWhenTheFontHasThem() {
        #expect(ChartText.bar(5, maximum: 10, width: 10, full: "█", partials: eighths) == "█████")
        #expect(ChartText.bar(1, maximum: 8, width: 4, full: "█", partials: eighths) == "▌")
        #expect(ChartText.bar(10, maximum: 10, width: 4, full: "█", partials: eighths) == "████")
        #expect(ChartText.bar(0, maximum: 10, width: 4, full: "█", partials: eighths) == "")
        #expect(ChartText.bar(5, maximum: 10, width: 10, full: "#", partials: []) == "#####")
        // A small positive value keeps a sliver, so it never looks like nothing.
        #expect(ChartText.bar(0.2, maximum: 10, width: 10, full: "#", partials: []) == "#")
    }

    @Test func funnelStepsAreCentred() {
        #expect(ChartText.centredBar(5, maximum: 10, width: 10, full: "#") == "  #####   ")
        #expect(ChartText.centredBar(0, maximum: 10, width: 4, full: "#") == "    ")
    }

    @Test func largeTextIsFiveRowsTall() {
        #expect(BigText.render("Hi", fill: "#") == ["# # ###", "# #  # ", "###  # ", "# #  # ", "# # ###"])
        #expect(BigText.width("HI") == 7)
        #expect(BigText.render("1", fill: "█") == [" █ ", "██ ", " █ ", " █ ", "███"])
    }
}
