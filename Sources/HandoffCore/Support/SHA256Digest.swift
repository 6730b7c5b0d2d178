/// A SHA-256 digest: eight 32-bit words, big-endian when written out as bytes or as the lowercase
/// hex that people copy and that PostgreSQL's `encode(sha256(...), 'hex')` gives. A value, not an
/// array, so a million of them cost no allocation.
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
    public let words: SIMD8<UInt32>

    public init(words: SIMD8<UInt32>) {
        self.words = words
    }

    /// The digest stored as 32 bytes; nil for anything else.
    public init?(bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 32 else { return nil }
        var words = SIMD8<UInt32>()
        for index in 0..<8 { words[index] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)) }
        self.words = words
    }

    /// 64 hex digits, either case; nil for anything else.
    public init?(hex: some StringProtocol) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var words = SIMD8<UInt32>()
        for index in 0..<64 {
            guard let value = SHA256Digest.hexValue(digits[index]) else { return nil }
            words[index / 8] = words[index / 8] << 4 | UInt32(value)
        }
        self.words = words
    }

    /// 32 zero bytes: the "previous hash" of the first event of a chain.
    public static let zero = SHA256Digest(words: SIMD8())

    public var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        appendBytes(to: &bytes)
        return bytes
    }

    /// Appends the 32 bytes to `buffer` (no array of their own).
    public func appendBytes(to buffer: inout [UInt8]) {
        for index in 0..<8 {
            let word = words[index]
            buffer.append(UInt8(truncatingIfNeeded: word >> 24))
            buffer.append(UInt8(truncatingIfNeeded: word >> 16))
            buffer.append(UInt8(truncatingIfNeeded: word >> 8))
            buffer.append(UInt8(truncatingIfNeeded: word))
        }
    }

    /// Appends the 64 lowercase hex digits to `buffer`, in one append.
    public func appendHex(to buffer: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { hex in
            for index in 0..<8 {
                let word = words[index]
                for nibble in 0..<8 {
                    let value = UInt8(truncatingIfNeeded: word >> (28 - 4 * UInt32(nibble))) & 0xF
                    hex[index * 8 + nibble] = value < 10 ? 0x30 + value : 0x57 + value
                }
            }
            buffer.append(contentsOf: UnsafeBufferPointer(hex))
        }
    }

    public var hex: String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        appendHex(to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    public var description: String { hex }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 97...102: return byte - 87
        case 65...70: return byte - 55
        default: return nil
        }
    }
}
