import HandoffCore

/// The detail of a `scored` event, `42 -> 65 by scoring version 3; now qualifies`, written into
/// one reused byte buffer: a rescoring of a million leads makes no String per lead.
struct ScoredDetail {
    private var bytes: [UInt8] = []
    private let version: [UInt8]
    private static let arrow = Array(" -> ".utf8)
    private static let qualifies = Array("; now qualifies".utf8)
    private static let noLonger = Array("; no longer qualifies".utf8)

    init(version: Int) {
        self.version = Array(" by scoring version \(version)".utf8)
        bytes.reserveCapacity(96)
    }

    /// Builds the detail for `change` and hands its bytes to `body`.
    mutating func write<T>(_ change: ScoreChange, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        bytes.removeAll(keepingCapacity: true)
        ScoredDetail.append(Int(change.oldScore), to: &bytes)
        bytes.append(contentsOf: ScoredDetail.arrow)
        ScoredDetail.append(Int(change.newScore), to: &bytes)
        bytes.append(contentsOf: version)
        if change.crossing > 0 { bytes.append(contentsOf: ScoredDetail.qualifies) }
        if change.crossing < 0 { bytes.append(contentsOf: ScoredDetail.noLonger) }
        return try bytes.withUnsafeBufferPointer(body)
    }

    static func append(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(45) }
        var value = number.magnitude
        let start = bytes.count
        repeat {
            bytes.append(48 + UInt8(value % 10))
            value /= 10
        } while value > 0
        bytes[start...].reverse()
    }
}
