import Foundation
import HandoffCore

/// Makes the leads of a `SyntheticBoard` on a thread of its own while the calling thread writes
/// the previous ones: on two cores, generating a lead and its history (names, dates, the funnel)
/// overlaps SQLite's work instead of adding to it. The leads come in order, in chunks; after the
/// last one the board itself, whose campaigns and goals count what was made.
final class SyntheticStream {
    private enum Message: Sendable {
        case leads([SyntheticBoard.GeneratedLead])
        case end(SyntheticBoard)
    }

    private let channel = Channel<Message>(capacity: 8)
    private let finished = DispatchSemaphore(value: 0)
    private var stopped = false
    /// The board once every lead has been received.
    private(set) var board: SyntheticBoard?
    private var chunk: [SyntheticBoard.GeneratedLead] = []
    private var position = 0

    static let chunkSize = 1_024

    init(board: SyntheticBoard) {
        let channel = channel, finished = finished
        let thread = Thread {
            var board = board
            var chunk: [SyntheticBoard.GeneratedLead] = []
            chunk.reserveCapacity(SyntheticStream.chunkSize)
            for index in 0..<board.count {
                chunk.append(board.lead(index))
                if chunk.count == SyntheticStream.chunkSize {
                    guard channel.send(.leads(chunk)) else {
                        finished.signal()
                        return
                    }
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            if !chunk.isEmpty { _ = channel.send(.leads(chunk)) }
            _ = channel.send(.end(board))
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next lead, in order; nil once all have come (then `board` is set).
    func next() -> SyntheticBoard.GeneratedLead? {
        while position == chunk.count {
            guard board == nil, !stopped else { return nil }
            switch channel.receive() {
            case let .leads(next):
                chunk = next
                position = 0
            case let .end(finishedBoard):
                board = finishedBoard
                chunk = []
                position = 0
                stop()
                return nil
            }
        }
        position += 1
        return chunk[position - 1]
    }

    /// Stops the generating thread (early, when the load failed) and waits until it has.
    func stop() {
        if stopped { return }
        stopped = true
        channel.close()
        finished.wait()
    }

    deinit { stop() }
}
