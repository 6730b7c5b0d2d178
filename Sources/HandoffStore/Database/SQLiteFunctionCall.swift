import CSQLite
import HandoffCore

/// One call of a SQL function implemented in Swift: its arguments and where its result goes.
public struct SQLiteFunctionCall {
    let context: OpaquePointer?
    let values: UnsafeMutablePointer<OpaquePointer?>?

    public func isNull(_ index: Int) -> Bool { sqlite3_value_type(values?[index]) == SQLITE_NULL }
    public func int64(_ index: Int) -> Int64 { sqlite3_value_int64(values?[index]) }

    public func result(_ number: Int64) { sqlite3_result_int64(context, number) }
    public func resultNull() { sqlite3_result_null(context) }
    /// Returns argument `index` unchanged.
    public func result(argument index: Int) { sqlite3_result_value(context, values?[index]) }

    /// Text as UTF-8 bytes; SQLite copies them.
    public func result(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        bytes.withMemoryRebound(to: CChar.self) { text in
            guard let base = text.baseAddress else { return sqlite3_result_text(context, "", 0, nil) }
            handoff_sqlite3_result_text_transient(context, base, Int32(text.count))
        }
    }

    /// A hash as its 32 bytes; SQLite copies them.
    public func result(digest: SHA256Digest) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        digest.appendBytes(to: &bytes)
        bytes.withUnsafeBytes { handoff_sqlite3_result_blob_transient(context, $0.baseAddress, 32) }
    }
}
