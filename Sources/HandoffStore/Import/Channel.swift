import Foundation

/// A bounded queue between one producing thread and one consuming thread. The producer waits when
/// `capacity` messages are queued, so a fast reader never holds more than a few chunks of a file.
/// The consumer can `close` it to make the producer stop.
final class Channel<Message: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Message] = []
    private let capacity: Int
    private var closed = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Queues a message; false once the consumer has closed the channel, or, when `wait` is
    /// false, when the queue is full.
    func send(_ message: Message, wait: Bool = true) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !closed && wait { condition.wait() }
        if closed || queue.count >= capacity { return false }
        queue.append(message)
        condition.broadcast()
        return true
    }

    /// The next message if there is one, without waiting.
    func poll() -> Message? {
        condition.lock()
        defer { condition.unlock() }
        guard !queue.isEmpty else { return nil }
        let message = queue.removeFirst()
        condition.broadcast()
        return message
    }

    /// The next message, waiting for one.
    func receive() -> Message {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty { condition.wait() }
        let message = queue.removeFirst()
        condition.broadcast()
        return message
    }

    func close() {
        condition.lock()
        closed = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }
}
