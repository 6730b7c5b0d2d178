import HandoffCore
import Testing

@Suite struct TimestampTests {
    @Test func parsesTheFormatsFilesUse() {
        #expect(Timestamp.parse("1970-01-01") == 0)
        #expect(Timestamp.parse("2026-11-20T12:00:00Z") == 1_795_176_000)
        #expect(Timestamp.parse("2026-11-20 12:00") == 1_795_176_000)
        #expect(Timestamp.parse("2026-11-20T13:00:00+01:00") == 1_795_176_000)
        #expect(Timestamp.parse("2026-11-20T07:00:00.250-05:00") == 1_795_176_000)
    }

    @Test func refusesImpossibleDates() {
        #expect(Timestamp.parse("2026-02-30") == nil)
        #expect(Timestamp.parse("2026-13-01") == nil)
        #expect(Timestamp.parse("20/11/2026") == nil)
        #expect(Timestamp.parse("2026-11-20T25:00") == nil)
        #expect(Timestamp.parse("2026-11-20Tjunk") == nil)
    }

    @Test func formatsRoundTrip() {
        #expect(Timestamp.iso(1_795_176_000) == "2026-11-20T12:00:00Z")
        #expect(Timestamp.date(1_795_176_000) == "2026-11-20")
        #expect(Timestamp.short(1_795_176_000) == "2026-11-20 12:00")
        #expect(Timestamp.parse("2024-02-29T23:59:59Z").map(Timestamp.iso) == "2024-02-29T23:59:59Z")
    }
}
