import HandoffCore

/// Verifies one log's hash chain (see `HistoryChain`) from its first entry, inside the caller's
/// read transaction, and names what was changed, removed or inserted outside Handoff, in id order.
///
/// Each entry must hash, with the hash of the entry before it, to its own stored hash. When one
/// does not, the entry after it tells what happened: if that one follows from the stored hash of
/// the broken one, the broken one's fields were changed (its hash was left as it was written); if
/// it follows from the entry before the broken one, the broken one was inserted; a gap in the ids
/// at the break is entries removed. A writer who changes an entry and then recomputes its hash
/// breaks the link to the next one instead, which is named with both possibilities. Whoever
/// recomputes every hash to the end makes a chain that holds: only a head printed earlier
/// (`--expect-head`) shows that, which is why it exists.
struct HistoryCheck {
    let connection: any DatabaseConnection
    let log: HistoryChain.Log
    /// An id whose verified hash the caller wants (from `--expect-head`).
    let wanted: Int64?

    struct Result {
        var problems: [Message] = []
        /// The last entry and its hash as the chain runs (zero for an empty log).
        var last: (id: Int64, hash: SHA256Digest) = (0, .zero)
        /// The hash of `wanted` if the chain holds up to it; nil if it does not, or there is no such entry.
        var wantedHash: SHA256Digest?
        var entries = 0
    }

    private struct Row {
        var id: Int64
        var stored: SHA256Digest?
        /// The row's hash computed from the last good hash before it.
        var computed: SHA256Digest
    }

    func run(limit: Int) throws -> Result {
        var result = Result()
        if wanted == 0 { result.wantedHash = .zero }
        let table = log.rawValue
        let head = try connection.prepare("SELECT last_id, hash FROM chain_heads WHERE log = ?").rows([.text(table)]) {
            (id: $0.int64(0), hash: $0.blob(1).count == 32 ? SHA256Digest(bytes: $0.blob(1)) : nil)
        }.first
        // Handoff moves the head in the transaction that writes an entry: one after it was added
        // by something else.
        let headID = head?.id ?? Int64.max
        let rows = try connection.prepare("SELECT \(HistoryChain.columns(of: log)) FROM \(table) ORDER BY id")
        defer { rows.reset() }
        var record = HistoryRecord()
        let hashColumn = HistoryChain.hashColumn(of: log)
        var previous = SHA256Digest.zero
        var previousID: Int64 = 0
        // The entry that broke the chain, judged once the next one is read.
        var suspect: Row?
        var broken = false
        var lastWithinHead: Int64 = 0
        var afterHead: (first: Int64, last: Int64)?

        func note(_ problem: Message) {
            broken = true
            if result.problems.count < limit { result.problems.append(problem) }
        }

        /// Judges the suspect by what the entry after it follows from; true when that entry holds.
        func judge(_ before: Row, next hashOf: (SHA256Digest) -> SHA256Digest, stored: SHA256Digest?) -> Bool {
            if let hash = before.stored, hashOf(hash) == stored {
                note(changed(before.id, previousID: previousID))
                previous = hash
            } else if hashOf(before.computed) == stored {
                note(before.stored == nil ? noHash(before.id) : hashChanged(before.id))
                previous = before.computed
            } else if hashOf(previous) == stored {
                note(before.stored == nil ? noHash(before.id) : inserted(before.id))
                return true
            } else {
                note(before.stored == nil ? noHash(before.id) : changed(before.id, previousID: previousID))
                previous = before.stored ?? before.computed
                previousID = before.id
                return false
            }
            previousID = before.id
            return false
        }

        while try rows.step() {
            result.entries += 1
            let id = rows.int64(0)
            let stored = rows.blob(hashColumn).count == 32 ? SHA256Digest(bytes: rows.blob(hashColumn)) : nil
            if id > headID {
                afterHead = (afterHead?.first ?? id, id)
                continue
            }
            lastWithinHead = id
            if let before = suspect {
                suspect = nil
                if judge(before, next: { HistoryChain.hash(of: rows, in: log, record: &record, previous: $0) }, stored: stored) {
                    previous = stored!
                    previousID = id
                    continue
                }
            }
            let computed = HistoryChain.hash(of: rows, in: log, record: &record, previous: previous)
            if let stored, computed == stored {
                previous = stored
                previousID = id
                if id == wanted && !broken { result.wantedHash = previous }
                continue
            }
            if id > previousID + 1 && stored != nil {
                // Ids are handed out one after the other: a gap where the chain breaks is entries removed.
                note(removed(from: previousID + 1, to: id - 1, before: id))
                previous = stored!
                previousID = id
                continue
            }
            suspect = Row(id: id, stored: stored, computed: computed)
        }
        if let last = suspect {
            // The last entry broke the chain: the head, written with it, says which part changed.
            if let head, head.id == last.id, let hash = head.hash, hash == last.stored {
                note(changed(last.id, previousID: previousID))
            } else if let head, head.id == last.id, head.hash == last.computed {
                note(last.stored == nil ? noHash(last.id) : hashChanged(last.id))
            } else {
                note(last.stored == nil ? noHash(last.id) : changed(last.id, previousID: previousID))
            }
            previous = last.stored ?? last.computed
            previousID = last.id
        }
        if let afterHead { note(addedAfterHead(from: afterHead.first, to: afterHead.last)) }
        if let head {
            if head.id > lastWithinHead {
                note(head.id == lastWithinHead + 1 ? removedAtEnd(head.id) : removedAtEnd(from: lastWithinHead + 1, to: head.id))
            } else if head.id == previousID && head.hash != previous && !broken {
                note(headChanged(head.id))
            }
        } else if result.entries > 0 {
            note(noHead)
        }
        result.last = (previousID, previous)
        if broken { result.wantedHash = wanted == 0 ? .zero : nil }
        return result
    }

    // MARK: What is said

    private func changed(_ id: Int64, previousID: Int64) -> Message {
        if previousID == 0 {
            return log == .events
                ? Message(.eventWasChangedOutside, "\(id)")
                : Message(.boardEventWasChanged, "\(id)")
        }
        return log == .events
            ? Message(.eventWasChangedOutsideHandoff, "\(id)", "\(previousID)")
            : Message(.boardEventWasChangedOutside, "\(id)", "\(previousID)")
    }

    private func hashChanged(_ id: Int64) -> Message {
        log == .events
            ? Message(.hashOfEventWas, "\(id)")
            : Message(.hashOfBoardEvent, "\(id)")
    }

    private func inserted(_ id: Int64) -> Message {
        log == .events
            ? Message(.eventWasInsertedOutside, "\(id)")
            : Message(.boardEventWasInserted, "\(id)")
    }

    private func noHash(_ id: Int64) -> Message {
        log == .events
            ? Message(.eventHasNoHash, "\(id)")
            : Message(.boardEventHasNo, "\(id)")
    }

    private func removed(from first: Int64, to last: Int64, before next: Int64) -> Message {
        if first == last {
            return log == .events
                ? Message(.eventWasRemovedEvent, "\(first)", "\(next)")
                : Message(.boardEventWasRemoved, "\(first)", "\(next)")
        }
        return log == .events
            ? Message(.eventsToWereRemoved, "\(first)", "\(last)", "\(next)")
            : Message(.boardEventsToWere, "\(first)", "\(last)", "\(next)")
    }

    private func removedAtEnd(_ id: Int64) -> Message {
        log == .events
            ? Message(.eventTheLastOne, "\(id)")
            : Message(.boardEventTheLast, "\(id)")
    }

    private func removedAtEnd(from first: Int64, to last: Int64) -> Message {
        log == .events
            ? Message(.eventsToTheLast, "\(first)", "\(last)", "\(last)")
            : Message(.boardEventsToThe, "\(first)", "\(last)", "\(last)")
    }

    private func addedAfterHead(from first: Int64, to last: Int64) -> Message {
        if first == last {
            return log == .events
                ? Message(.eventWasAddedOutside, "\(first)")
                : Message(.boardEventWasAdded, "\(first)")
        }
        return log == .events
            ? Message(.eventsToWereAdded, "\(first)", "\(last)")
            : Message(.boardEventsToWereAdded, "\(first)", "\(last)")
    }

    private func headChanged(_ id: Int64) -> Message {
        log == .events
            ? Message(.headOfTheEvents, "\(id)")
            : Message(.headOfTheBoard, "\(id)")
    }

    private var noHead: Message {
        log == .events
            ? Message(.headOfTheEventsChain)
            : Message(.headOfTheBoardEvents)
    }
}
