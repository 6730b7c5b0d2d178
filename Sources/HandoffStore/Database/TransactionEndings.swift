/// The count behind `SQLiteConnection.transactionsEnded`, raised by SQLite's commit and rollback
/// hooks, which see every end of a transaction: COMMIT and ROLLBACK by any caller, a statement that
/// commits by itself, and the rollback SQLite makes on its own after an error.
final class TransactionEndings {
    var count = 0

    static let commit: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { pointer in
        if let pointer { Unmanaged<TransactionEndings>.fromOpaque(pointer).takeUnretainedValue().count += 1 }
        return 0
    }

    static let rollback: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
        if let pointer { Unmanaged<TransactionEndings>.fromOpaque(pointer).takeUnretainedValue().count += 1 }
    }
}
