/// Reads a number from the UTF-8 bytes of a value without making a String: `28`, `-3`, `4.5`,
/// `1e3`. Anything else (`1,074`, `n/a`) is not a number.
enum ScoringNumber {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty else { return nil }
        var index = 0
        var negative = false
        if bytes[0] == 45 || bytes[0] == 43 {
            negative = bytes[0] == 45
            index = 1
        }
        var whole: Int64 = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57, digits < 15 {
            whole = whole * 10 + Int64(bytes[index] - 48)
            digits += 1
            index += 1
        }
        if index == bytes.count {
            return digits == 0 ? nil : Double(negative ? -whole : whole)
        }
        // Fractions, exponents and long numbers are rare in lead data: let the standard parser
        // decide, after checking that only number characters are there.
        for byte in bytes where !(byte >= 48 && byte <= 57) && byte != 46 && byte != 45 && byte != 43 && byte != 101 && byte != 69 {
            return nil
        }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// The bytes without ASCII spaces, tabs and line ends around them.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
}
