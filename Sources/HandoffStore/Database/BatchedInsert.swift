import CSQLite
import HandoffCore

/// Rows for one table gathered in memory and written by one multi-row INSERT (SQLite) or one COPY
/// (PostgreSQL): a bulk load then runs one statement per batch instead of one per row. The text of a batch is copied once into one
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
        mutating func append(blob bytes: [UInt8]) {
            let start = text.count
            text.append(contentsOf: bytes)
            values.append(.blob(start, bytes.count))
        }
        mutating func append(_ digest: SHA256Digest) {
            let start = text.count
            digest.appendBytes(to: &text)
            values.append(.blob(start, 32))
        }
    }

    private let connection: any DatabaseConnection
    private let columns: Int
    private let batchSize: Int
    /// SQLite: one multi-row INSERT per batch, its statements kept by row count.
    private let sqlite: SQLiteConnection?
    private let many: SQLiteStatement?
    private let sql: (Int) -> String
    /// Statements for batches written before they are full, by row count. A writer flushes every
    /// table whenever one batch is full (see `LeadWriter`), so short batches are the rule: looking
    /// each up by its SQL text meant building and hashing kilobytes of text per flush.
    private var short: [SQLiteStatement?]
    /// PostgreSQL: one `COPY … FROM STDIN` per batch, the fastest way rows reach the server.
    private let copy: String
    private var rows = Rows()

    /// `prefix` is `INSERT INTO t(a, b, c)` for `columns` columns. A batch holds `batchSize` rows
    /// on SQLite and ten times as many on PostgreSQL, where each batch costs a round trip.
    init(connection: any DatabaseConnection, prefix: String, columns: Int, batchSize: Int = 100) throws {
        self.connection = connection
        self.columns = columns
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        sql = { count in prefix + " VALUES " + Array(repeating: row, count: count).joined(separator: ", ") }
        copy = prefix.replacingOccurrences(of: "INSERT INTO ", with: "COPY ") + " FROM STDIN"
        if let sqlite = connection as? SQLiteConnection {
            self.sqlite = sqlite
            self.batchSize = batchSize
            many = try sqlite.sqliteStatement(sql(batchSize))
        } else {
            sqlite = nil
            self.batchSize = batchSize * 10
            many = nil
        }
        short = Array(repeating: nil, count: sqlite == nil ? 0 : batchSize)
        rows.values.reserveCapacity(columns * self.batchSize)
        rows.text.reserveCapacity(columns * self.batchSize * 32)
    }

    /// Adds one row (`fill` appends exactly `columns` values); true once the batch is full.
    func add(_ fill: (inout Rows) -> Void) -> Bool {
        fill(&rows)
        return rows.values.count >= columns * batchSize
    }

    func flush() throws {
        guard !rows.values.isEmpty else { return }
        guard let sqlite, let many else { return try copyRows() }
        let count = rows.values.count / columns
        if count == batchSize { return try write(many) }
        if let statement = short[count] { return try write(statement) }
        let statement = try sqlite.sqliteStatement(sql(count))
        short[count] = statement
        try write(statement)
    }

    /// The batch as COPY's text format: tab between values, a line per row, `\N` for NULL, and
    /// backslash, tab, newline and carriage return escaped.
    private func copyRows() throws {
        var data: [UInt8] = []
        data.reserveCapacity(rows.text.count + rows.values.count * 8)
        for (offset, value) in rows.values.enumerated() {
            if offset > 0 { data.append(offset % columns == 0 ? 0x0A : 0x09) }
            switch value {
            case .null: data += [0x5C, 0x4E]
            case let .integer(number): data += String(number).utf8
            case let .real(number):
                data += (number.isNaN ? "NaN" : number.isInfinite ? (number < 0 ? "-Infinity" : "Infinity") : "\(number)").utf8
            case let .blob(start, length):
                // bytea in COPY's text format: \\x and hex (the backslash escaped for COPY).
                data += [0x5C, 0x5C, 0x78]
                let digits = Array("0123456789abcdef".utf8)
                for byte in rows.text[start..<start + length] {
                    data.append(digits[Int(byte >> 4)])
                    data.append(digits[Int(byte & 0x0F)])
                }
            case let .text(start, length):
                for byte in rows.text[start..<start + length] {
                    switch byte {
                    case 0x5C: data += [0x5C, 0x5C]
                    case 0x09: data += [0x5C, 0x74]
                    case 0x0A: data += [0x5C, 0x6E]
                    case 0x0D: data += [0x5C, 0x72]
                    case 0x00: continue
                    default: data.append(byte)
                    }
                }
            }
        }
        data.append(0x0A)
        guard let postgres = connection as? PostgresConnection else { return }
        try postgres.copy(copy, data: data)
        rows.values.removeAll(keepingCapacity: true)
        rows.text.removeAll(keepingCapacity: true)
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
                if code != SQLITE_OK { throw statement.connection.fail(code) }
            }
            try statement.execute()
        }
        rows.values.removeAll(keepingCapacity: true)
        rows.text.removeAll(keepingCapacity: true)
    }
}
