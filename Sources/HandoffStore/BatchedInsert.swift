import CSQLite
import HandoffCore

/// Rows for one table gathered in memory and written by one multi-row INSERT: a bulk load then
/// runs one statement per batch instead of one per row. The text of a batch is copied once into one
/// buffer that SQLite reads in place (no copy per value). Rows are written in the order they were
/// added, when the owner calls `flush` (see `LeadWriter`, which keeps tables that triggers read
/// from one another written in order).
final class BatchedInsert {
    /// The values of the batch being gathered. A row is filled through one `inout` access (see
    /// `add`), not one access of the class per value.
    struct Rows {
        fileprivate enum Value {
            case null
            case integer(Int64)
            case real(Double)
            /// Bytes of `text` from an offset, of a length.
            case text(Int, Int)
            /// The same, bound as a blob.
            case blob(Int, Int)
        }

        fileprivate var values: [Value] = []
        fileprivate var text: [UInt8] = []

        mutating func append(_ value: Int64) { values.append(.integer(value)) }
        mutating func append(_ value: Int64?) { values.append(value.map { .integer($0) } ?? .null) }
        mutating func append(_ value: Double?) { values.append(value.map { .real($0) } ?? .null) }
        mutating func append(_ value: String?) {
            if let value { append(value) } else { values.append(.null) }
        }
        mutating func append(_ value: String) {
            let start = text.count
            text.append(contentsOf: value.utf8)
            values.append(.text(start, text.count - start))
        }
        mutating func append(_ digest: SHA256Digest) {
            let start = text.count
            digest.appendBytes(to: &text)
            values.append(.blob(start, 32))
        }
    }

    private let connection: SQLiteConnection
    private let columns: Int
    private let batchSize: Int
    private let many: SQLiteStatement
    private let sql: (Int) -> String
    /// Statements for batches written before they are full, by row count. A writer flushes every
    /// table whenever one batch is full (see `LeadWriter`), so short batches are the rule: looking
    /// each up by its SQL text meant building and hashing kilobytes of text per flush.
    private var short: [SQLiteStatement?]
    private var rows = Rows()

    /// `prefix` is `INSERT INTO t(a, b, c)` for `columns` columns.
    init(connection: SQLiteConnection, prefix: String, columns: Int, batchSize: Int = 100) throws {
        self.connection = connection
        self.columns = columns
        self.batchSize = batchSize
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        sql = { count in prefix + " VALUES " + Array(repeating: row, count: count).joined(separator: ", ") }
        many = try connection.prepare(sql(batchSize))
        short = Array(repeating: nil, count: batchSize)
        rows.values.reserveCapacity(columns * batchSize)
        rows.text.reserveCapacity(columns * batchSize * 32)
    }

    /// Adds one row (`fill` appends exactly `columns` values); true once the batch is full.
    func add(_ fill: (inout Rows) -> Void) -> Bool {
        fill(&rows)
        return rows.values.count >= columns * batchSize
    }

    func flush() throws {
        guard !rows.values.isEmpty else { return }
        let count = rows.values.count / columns
        if count == batchSize { return try write(many) }
        if let statement = short[count] { return try write(statement) }
        let statement = try connection.prepare(sql(count))
        short[count] = statement
        try write(statement)
    }

    private func write(_ statement: SQLiteStatement) throws {
        try rows.text.withUnsafeBufferPointer { buffer in
            // The buffer outlives the statement's run, so SQLite may read it without copying
            // (SQLITE_STATIC, a null destructor).
            let base = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
            for (offset, value) in rows.values.enumerated() {
                let index = Int32(offset + 1)
                let code: Int32
                switch value {
                case .null: code = sqlite3_bind_null(statement.pointer, index)
                case let .integer(number): code = sqlite3_bind_int64(statement.pointer, index, number)
                case let .real(number): code = sqlite3_bind_double(statement.pointer, index, number)
                case let .text(start, length): code = sqlite3_bind_text(statement.pointer, index, base + start, Int32(length), nil)
                case let .blob(start, length): code = sqlite3_bind_blob(statement.pointer, index, base + start, Int32(length), nil)
                }
                if code != SQLITE_OK { throw connection.fail(code) }
            }
            try statement.execute()
        }
        rows.values.removeAll(keepingCapacity: true)
        rows.text.removeAll(keepingCapacity: true)
    }
}
