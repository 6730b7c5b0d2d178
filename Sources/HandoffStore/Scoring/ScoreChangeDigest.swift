import HandoffCore

/// The fingerprint of one rescoring's per-lead changes (`score_changes`), written into the detail
/// of the board event that records the rescoring, so the history's hash chain covers every change
/// without a hashed event per lead. `handoff check` recomputes it from the rows.
///
/// Each change is 17 bytes in lead id order (the id as 8 bytes, the old and new scores as 4, the
/// crossing as 1, big-endian); every `blockSize` changes are hashed as one block, and the digest
/// is the SHA-256 of the blocks' digests and the count. Blocks keep memory flat at a million
/// changes, and fixed blocks make the digest independent of how the writer chunked its work.
struct ScoreChangeDigest {
    static let blockSize = 4096
    private static let recordSize = 17

    private var block: [UInt8] = []
    private var blockDigests: [UInt8] = []
    private(set) var count = 0

    init() {
        block.reserveCapacity(ScoreChangeDigest.blockSize * ScoreChangeDigest.recordSize)
    }

    mutating func add(leadID: Int64, oldScore: Int64, newScore: Int64, crossing: Int64) {
        append(UInt64(bitPattern: leadID), bytes: 8)
        append(UInt64(UInt32(truncatingIfNeeded: oldScore)), bytes: 4)
        append(UInt64(UInt32(truncatingIfNeeded: newScore)), bytes: 4)
        block.append(UInt8(truncatingIfNeeded: crossing))
        count += 1
        if count % ScoreChangeDigest.blockSize == 0 { closeBlock() }
    }

    mutating func finish() -> SHA256Digest {
        if !block.isEmpty { closeBlock() }
        for shift in stride(from: 56, through: 0, by: -8) { blockDigests.append(UInt8(truncatingIfNeeded: UInt64(count) >> UInt64(shift))) }
        return SHA256.digest(blockDigests)
    }

    private mutating func append(_ value: UInt64, bytes: Int) {
        for index in stride(from: bytes - 1, through: 0, by: -1) { block.append(UInt8(truncatingIfNeeded: value >> UInt64(index * 8))) }
    }

    private mutating func closeBlock() {
        SHA256.digest(block).appendBytes(to: &blockDigests)
        block.removeAll(keepingCapacity: true)
    }

    // MARK: The board event's detail

    /// `765483 changes; sha256 <hex>`: read by people in the log, and by the check.
    static func detail(changes: Int, digest: SHA256Digest) -> String {
        "\(changes) changes; sha256 \(digest.hex)"
    }

    /// The count and digest a detail records; nil when it is not one `detail` wrote.
    static func parse(_ detail: String) -> (changes: Int, digest: SHA256Digest)? {
        let parts = detail.split(separator: " ")
        guard parts.count == 4, parts[1] == "changes;", parts[2] == "sha256", let changes = Int(parts[0]),
            let digest = SHA256Digest(hex: parts[3])
        else { return nil }
        return (changes, digest)
    }
}
