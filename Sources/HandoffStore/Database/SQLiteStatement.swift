import CSQLite
import HandoffCore

/// A prepared SQLite statement owned by its connection's cache.
public final class SQLiteStatement: DatabaseStatement {
    let pointer: OpaquePointer
    unowned let connection: SQLiteConnection

    init(pointer: OpaquePointer, connection: SQLiteConnection) {
        self.pointer = pointer
        self.connection = connection
    }

    func finalize() { sqlite3_finalize(pointer) }

    public func reset() {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    public func rewind() { sqlite3_reset(pointer) }

    public func bind(_ values: [DatabaseValue]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(pointer, index)
            case let .integer(number): code = sqlite3_bind_int64(pointer, index, number)
            case let .real(number): code = sqlite3_bind_double(pointer, index, number)
            case let .text(text):
                code = text.utf8CString.withUnsafeBufferPointer { buffer in
                    handoff_sqlite3_bind_text_transient(pointer, index, buffer.baseAddress, Int32(buffer.count - 1))
                }
            case let .blob(bytes):
                code = bytes.withUnsafeBytes { handoff_sqlite3_bind_blob_transient(pointer, index, $0.baseAddress, Int32($0.count)) }
            }
            if code != SQLITE_OK { throw connection.fail(code) }
        }
    }

    /// True while there is a row to read.
    public func step() throws -> Bool {
        let code = sqlite3_step(pointer)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let error = connection.fail(code)
        sqlite3_reset(pointer)
        throw error
    }

    public func value(_ column: Int32) -> DatabaseValue {
        switch sqlite3_column_type(pointer, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(int64(column))
        case SQLITE_FLOAT: return .real(double(column))
        case SQLITE_BLOB: return .blob(Array(blob(column)))
        default: return .text(string(column))
        }
    }

    public var columnCount: Int32 { sqlite3_column_count(pointer) }

    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(pointer, column) == SQLITE_NULL }
    public func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(pointer, column) }
    public func double(_ column: Int32) -> Double { sqlite3_column_double(pointer, column) }

    public func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(pointer, column) else { return "" }
        let length = Int(sqlite3_column_bytes(pointer, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self)
    }

    /// A column's text as UTF-8 bytes, valid only until the next `step` or `reset`.
    public func utf8(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(pointer, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(pointer, column)))
    }

    /// A column's bytes as stored (a blob, or text as UTF-8), valid only until the next `step` or
    /// `reset`; empty for NULL.
    public func blob(_ column: Int32) -> UnsafeRawBufferPointer {
        guard let bytes = sqlite3_column_blob(pointer, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(pointer, column)))
    }
}
