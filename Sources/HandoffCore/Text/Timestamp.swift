import Foundation

/// Times are stored as Unix seconds in UTC; this converts to and from the text people and files use.
public enum Timestamp {
    public static func now() -> Int64 { Int64(Date().timeIntervalSince1970) }

    /// From 0001-01-01 to 9999-12-31 23:59:59 UTC: every time Handoff can show or compute with.
    public static let representable: ClosedRange<Int64> = -62_135_596_800...253_402_300_799

    /// A time from the database, where another program may have written anything (milliseconds,
    /// the largest 64-bit number), brought into `representable` for arithmetic, which then never
    /// overflows. Rows keep their value: keyset pages compare the stored one.
    public static func clamped(_ seconds: Int64) -> Int64 {
        min(max(seconds, representable.lowerBound), representable.upperBound)
    }

    /// Seconds from `start` to `end`, whatever either holds.
    public static func elapsed(from start: Int64, to end: Int64) -> Int64 {
        clamped(end) - clamped(start)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` or with a space instead of `T`.
    /// Without a zone the time is taken as UTC. Written by hand: DateFormatter is too slow per row.
    public static func parse(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// The same from UTF-8 bytes, without making a String first.
    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        func digits(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= b.count else { return nil }
            var value = 0
            for i in start..<(start + length) {
                let c = b[i]
                guard c >= 48 && c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard b.count >= 10, let year = digits(0, 4), b[4] == 45, let month = digits(5, 2), b[7] == 45,
            let day = digits(8, 2), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        var i = 10
        if b.count > 10 {
            guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), let h = digits(11, 2), b.count > 13, b[13] == 58,
                let m = digits(14, 2), h < 24, m < 60
            else { return nil }
            hour = h; minute = m; i = 16
            if i < b.count && b[i] == 58 {
                guard let s = digits(i + 1, 2), s < 61 else { return nil }
                second = s; i += 3
                if i < b.count && b[i] == 46 {  // fractional seconds are dropped
                    i += 1
                    while i < b.count && b[i] >= 48 && b[i] <= 57 { i += 1 }
                }
            }
            if i < b.count {
                if b[i] == UInt8(ascii: "Z") {
                    i += 1
                } else if b[i] == 43 || b[i] == 45 {
                    let sign = b[i] == 43 ? 1 : -1
                    guard let oh = digits(i + 1, 2) else { return nil }
                    var j = i + 3
                    if j < b.count && b[j] == 58 { j += 1 }
                    let om = digits(j, 2) ?? 0
                    if digits(j, 2) != nil { j += 2 }
                    offset = sign * (oh * 3600 + om * 60)
                    i = j
                }
                guard i == b.count else { return nil }
            }
        }
        return Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`. Digits are written by hand: exports format three times a row.
    public static func iso(_ seconds: Int64) -> String {
        let seconds = clamped(seconds)
        let days = floorDiv(seconds, 86_400)
        let (y, m, d) = civil(fromDays: Int(days))
        let rest = Int(seconds - days * 86_400)
        guard (0...9999).contains(y) else {
            return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, rest / 3600, rest % 3600 / 60, rest % 60)
        }
        return String(unsafeUninitializedCapacity: 20) { buffer in
            func put(_ value: Int, _ width: Int, at offset: Int) {
                var value = value
                for index in stride(from: offset + width - 1, through: offset, by: -1) {
                    buffer[index] = UInt8(48 + value % 10)
                    value /= 10
                }
            }
            put(y, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(m, 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(d, 2, at: 8)
            buffer[10] = UInt8(ascii: "T")
            put(rest / 3600, 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            put(rest % 3600 / 60, 2, at: 14)
            buffer[16] = UInt8(ascii: ":")
            put(rest % 60, 2, at: 17)
            buffer[19] = UInt8(ascii: "Z")
            return 20
        }
    }

    /// `YYYY-MM-DD`
    public static func date(_ seconds: Int64) -> String { String(iso(seconds).prefix(10)) }

    /// `YYYY-MM-DD HH:MM` for people reading a timeline.
    public static func short(_ seconds: Int64) -> String {
        let text = iso(seconds)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }

    /// Unix seconds of a UTC calendar time; the parts must already be valid.
    public static func seconds(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64 {
        Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
