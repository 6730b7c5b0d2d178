import CSQLite

/// Keeps the Swift body of a SQL function alive while SQLite may call it.
final class SQLiteFunction {
    let body: (SQLiteFunctionCall) -> Void

    init(_ body: @escaping (SQLiteFunctionCall) -> Void) {
        self.body = body
    }

    /// What SQLite calls: finds the body through the user-data pointer (a C callback captures nothing).
    static let call: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, _, values in
        guard let data = sqlite3_user_data(context) else { return }
        Unmanaged<SQLiteFunction>.fromOpaque(data).takeUnretainedValue().body(SQLiteFunctionCall(context: context, values: values))
    }

    /// Called by SQLite when the function is replaced or removed, or the connection closes.
    static let destroy: @convention(c) (UnsafeMutableRawPointer?) -> Void = { data in
        guard let data else { return }
        Unmanaged<SQLiteFunction>.fromOpaque(data).release()
    }
}
