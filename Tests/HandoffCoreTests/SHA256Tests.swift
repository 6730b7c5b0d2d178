import Foundation
import HandoffCore
import Testing

/// The history's hash function against the examples of FIPS 180-4 (NIST's "SHA256.pdf" and
/// "SHA2_Additional.pdf"), and against coreutils' `sha256sum`, an implementation of its own,
/// at every length around the padding's boundaries.
@Suite struct SHA256Tests {
    @Test func givesTheDigestsOfFIPS180Examples() {
        #expect(SHA256.digest("abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.digest("").hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").hex
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.digest(
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
            ).hex
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(
            SHA256.digest([UInt8](repeating: 0x61, count: 1_000_000)).hex
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // SHA2_Additional: one byte 0xbd; four bytes c98c8e55; 55, 56 and 1000 zero bytes.
        #expect(SHA256.digest([0xbd]).hex == "68325720aabd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe732b")
        #expect(SHA256.digest([0xc9, 0x8c, 0x8e, 0x55]).hex == "7abc22c0ae5af26ce93dbb94433a0e0b2e119d014f8e7f65bd56c61ccccd9504")
        #expect(SHA256.digest([UInt8](repeating: 0, count: 55)).hex == "02779466cdec163811d078815c633f21901413081449002f24aa3e80f0b88ef7")
        #expect(SHA256.digest([UInt8](repeating: 0, count: 56)).hex == "d4817aa5497628e7c77e6b606107042bbba3130888c5f47a375e6179be789fbb")
        #expect(SHA256.digest([UInt8](repeating: 0, count: 1000)).hex == "541b3e9daa09b20bf85fa273e5cbd3e80185aa4ec298e765db87742b70138a53")
    }

    @Test func agreesWithSha256sumAtEveryLengthAroundTheBlockBoundaries() throws {
        var random = SeededRandom(seed: 1_804)
        var lengths = Array(0...200)
        lengths += [511, 512, 513, 1023, 1024, 1025, 4095, 4096, 65_537]
        for length in lengths {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let expected = try sha256sum(bytes)
            #expect(SHA256.digest(bytes).hex == expected, "length \(length)")
        }
    }

    @Test func digestsReadBackFromTheirBytesAndTheirHex() {
        let digest = SHA256.digest("abc")
        #expect(digest.bytes.count == 32)
        #expect(digest.bytes.withUnsafeBytes { SHA256Digest(bytes: $0) } == digest)
        #expect(SHA256Digest(hex: digest.hex) == digest)
        #expect(SHA256Digest(hex: digest.hex.uppercased()) == digest)
        #expect(SHA256Digest(hex: String(digest.hex.dropLast())) == nil)
        #expect(SHA256Digest(hex: String(digest.hex.dropLast()) + "g") == nil)
        #expect(SHA256Digest.zero.hex == String(repeating: "0", count: 64))
        var buffer: [UInt8] = Array("x".utf8)
        digest.appendHex(to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "x" + digest.hex)
    }

    private func sha256sum(_ bytes: [UInt8]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(bytes))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }
}
