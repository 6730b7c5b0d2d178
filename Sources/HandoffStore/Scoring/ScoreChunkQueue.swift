import Foundation

/// Hands chunks from the thread that reads to the one that writes. Bounded, so the reader never
/// runs far ahead (memory stays a few chunks); either side can stop the other: the reader with
/// its error, the writer by cancelling.
final class ScoreChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [ScoreChunk] = []
    private var finished = false
    private var cancelled = false
    private var readerDone = false
    private var failure: Error?
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    struct Cancelled: Error {}

    /// Waits for room; throws when the writer has given up.
    func push(_ chunk: ScoreChunk) throws {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        chunks.append(chunk)
        condition.broadcast()
    }

    /// The reader is done, with an error or not.
    func finish(_ error: Error?) {
        condition.lock()
        finished = true
        readerDone = true
        if failure == nil, let error, !(error is Cancelled) { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, nil when the reader is done; rethrows the reader's error.
    func next() throws -> ScoreChunk? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        if let failure { throw failure }
        if chunks.isEmpty { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }

    /// The writer stops: the reader's next push throws, and this waits until it has ended.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !readerDone { condition.wait() }
        condition.unlock()
    }

    /// Waits until the reader has ended (and closed its connection).
    func waitForReader() {
        condition.lock()
        while !readerDone { condition.wait() }
        condition.unlock()
    }
}
