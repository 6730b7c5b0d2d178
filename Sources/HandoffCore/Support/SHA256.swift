/// SHA-256 as FIPS 180-4 defines it, for the board's tamper-evident history (see `SHA256Digest`).
/// Foundation on Linux has none, and Core links nothing but Foundation. The history hashes every
/// event as it is written, a million at a time in a bulk import, so the compression function works
/// on the message in place and on a schedule of 64 words allocated on the stack: hashing allocates
/// nothing.
public enum SHA256 {
    /// The digest of `message`, whole.
    public static func digest(_ message: UnsafeRawBufferPointer) -> SHA256Digest {
        var state = State()
        roundConstants.withUnsafeBufferPointer { constants in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                let k = constants.baseAddress!, w = schedule.baseAddress!
                let count = message.count
                var offset = 0
                if let base = message.baseAddress {
                    while count - offset >= 64 {
                        compress(&state, base + offset, w, k)
                        offset += 64
                    }
                }
                // The padding: a 1 bit, zeros, and the length in bits as a 64-bit big-endian number,
                // in one block or, when fewer than 9 bytes are left in it, two.
                withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { tail in
                    let rest = count - offset
                    if rest > 0 { tail.baseAddress!.copyMemory(from: message.baseAddress! + offset, byteCount: rest) }
                    tail[rest] = 0x80
                    let blocks = rest < 56 ? 1 : 2
                    for index in (rest + 1)..<(blocks * 64 - 8) { tail[index] = 0 }
                    let bits = UInt64(count) &* 8
                    for index in 0..<8 { tail[blocks * 64 - 1 - index] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(index))) }
                    for block in 0..<blocks { compress(&state, UnsafeRawPointer(tail.baseAddress! + block * 64), w, k) }
                }
            }
        }
        return SHA256Digest(words: SIMD8(state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h))
    }

    public static func digest(_ bytes: [UInt8]) -> SHA256Digest {
        bytes.withUnsafeBytes { digest($0) }
    }

    public static func digest(_ text: String) -> SHA256Digest {
        var text = text
        return text.withUTF8 { digest(UnsafeRawBufferPointer($0)) }
    }

    /// The working state between blocks: eight words kept in registers by the optimizer, where an
    /// array would be a heap object read through bounds checks.
    private struct State {
        var a: UInt32 = 0x6a09e667, b: UInt32 = 0xbb67ae85, c: UInt32 = 0x3c6ef372, d: UInt32 = 0xa54ff53a
        var e: UInt32 = 0x510e527f, f: UInt32 = 0x9b05688c, g: UInt32 = 0x1f83d9ab, h: UInt32 = 0x5be0cd19
    }

    @inline(__always)
    private static func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 &- n)) }

    /// One round, written for the rounds' rotation of the eight working variables: instead of
    /// moving all eight after each round, eight calls in a row name them in turn (`compress`).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        d = d &+ t1
        h = t1 &+ (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & b) | (c & (a | b)))
    }

    @inline(__always)
    private static func compress(
        _ state: inout State, _ block: UnsafeRawPointer, _ w: UnsafeMutablePointer<UInt32>,
        _ k: UnsafePointer<UInt32>
    ) {
        for index in 0..<16 {
            w[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
        }
        for index in 16..<64 {
            let x = w[index &- 15], y = w[index &- 2]
            let s0 = rotate(x, 7) ^ rotate(x, 18) ^ (x >> 3)
            let s1 = rotate(y, 17) ^ rotate(y, 19) ^ (y >> 10)
            w[index] = w[index &- 16] &+ s0 &+ w[index &- 7] &+ s1
        }
        var a = state.a, b = state.b, c = state.c, d = state.d, e = state.e, f = state.f, g = state.g, h = state.h
        var index = 0
        while index < 64 {
            round(a, b, c, &d, e, f, g, &h, k[index] &+ w[index])
            round(h, a, b, &c, d, e, f, &g, k[index &+ 1] &+ w[index &+ 1])
            round(g, h, a, &b, c, d, e, &f, k[index &+ 2] &+ w[index &+ 2])
            round(f, g, h, &a, b, c, d, &e, k[index &+ 3] &+ w[index &+ 3])
            round(e, f, g, &h, a, b, c, &d, k[index &+ 4] &+ w[index &+ 4])
            round(d, e, f, &g, h, a, b, &c, k[index &+ 5] &+ w[index &+ 5])
            round(c, d, e, &f, g, h, a, &b, k[index &+ 6] &+ w[index &+ 6])
            round(b, c, d, &e, f, g, h, &a, k[index &+ 7] &+ w[index &+ 7])
            index &+= 8
        }
        state.a = state.a &+ a
        state.b = state.b &+ b
        state.c = state.c &+ c
        state.d = state.d &+ d
        state.e = state.e &+ e
        state.f = state.f &+ f
        state.g = state.g &+ g
        state.h = state.h &+ h
    }

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
