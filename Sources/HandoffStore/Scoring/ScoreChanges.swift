import HandoffCore

/// The changes of the chunk being written, in lead id order, looked up by id while SQLite writes
/// them. The writes visit leads in id order, so a cursor that steps forward finds each in
/// constant time; a jump (any other order) is a binary search, so no order is ever slow.
final class ScoreChanges {
    private(set) var changes = ContiguousArray<ScoreChange>()
    private var cursor = 0

    func load(_ changes: ContiguousArray<ScoreChange>) {
        self.changes = changes
        cursor = 0
    }

    func find(_ id: Int64) -> ScoreChange? {
        index(of: id).map { changes[$0] }
    }

    /// The position of the change of lead `id`, if it has one.
    func index(of id: Int64) -> Int? {
        let count = changes.count
        if cursor < count && changes[cursor].id == id { return cursor }
        var low = 0, high = count
        if cursor < count && changes[cursor].id < id {
            for _ in 0..<8 {
                cursor += 1
                if cursor == count || changes[cursor].id >= id { return match(id) }
            }
            low = cursor
        } else if cursor > 0 && changes[cursor - 1].id < id {
            return match(id)
        }
        while low < high {
            let middle = (low + high) / 2
            if changes[middle].id < id { low = middle + 1 } else { high = middle }
        }
        cursor = low
        return match(id)
    }

    private func match(_ id: Int64) -> Int? {
        cursor < changes.count && changes[cursor].id == id ? cursor : nil
    }
}
