import CSQLite
import HandoffCore

/// Binding one parameter at a time, straight from Swift values: no `DatabaseValue` array and no
/// NUL-terminated copy per call. Bulk loaders bind millions of values through these.
extension SQLiteStatement {
    public func bind(_ index: Int32, _ text: String) throws {
        var text = text
        let code = text.withUTF8 { buffer -> Int32 in
            // An empty buffer may have no address, and a null pointer would bind NULL, not ''.
            guard let base = buffer.baseAddress, buffer.count > 0 else { return handoff_sqlite3_bind_text_transient(pointer, index, "", 0) }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                handoff_sqlite3_bind_text_transient(pointer, index, $0, Int32(buffer.count))
            }
        }
        if code != SQLITE_OK { throw connection.fail(code) }
    }

    public func bind(_ index: Int32, _ number: Int64) throws {
        let code = sqlite3_bind_int64(pointer, index, number)
        if code != SQLITE_OK { throw connection.fail(code) }
    }

    public func bind(_ index: Int32, _ number: Double?) throws {
        guard let number else { return try bindNull(index) }
        let code = sqlite3_bind_double(pointer, index, number)
        if code != SQLITE_OK { throw connection.fail(code) }
    }

    public func bind(_ index: Int32, _ digest: SHA256Digest) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        digest.appendBytes(to: &bytes)
        let code = bytes.withUnsafeBytes { handoff_sqlite3_bind_blob_transient(pointer, index, $0.baseAddress, 32) }
        if code != SQLITE_OK { throw connection.fail(code) }
    }

    public func bindNull(_ index: Int32) throws {
        let code = sqlite3_bind_null(pointer, index)
        if code != SQLITE_OK { throw connection.fail(code) }
    }
}
