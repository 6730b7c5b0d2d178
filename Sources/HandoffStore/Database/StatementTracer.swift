import CSQLite

/// Receives the text of each statement a connection starts, with its values bound in: what
/// `handoff-bench` replays through the `sqlite3` tool to compare Handoff with SQLite alone. SQLite
/// calls it from inside `sqlite3_step`, on the connection's own thread.
final class StatementTracer {
    let body: (String) -> Void

    init(_ body: @escaping (String) -> Void) {
        self.body = body
    }

    /// The C callback: `context` is the tracer, `statement` the statement starting, `text` its
    /// SQL as written; statements run by triggers come as `-- TRIGGER name` and are left out,
    /// since replaying the statement runs them again.
    static let callback: @convention(c) (UInt32, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Int32 = {
        kind, context, statement, text in
        guard kind == UInt32(SQLITE_TRACE_STMT), let context, let statement else { return 0 }
        if let text, text.assumingMemoryBound(to: CChar.self).pointee == CChar(UInt8(ascii: "-")) { return 0 }
        guard let expanded = sqlite3_expanded_sql(OpaquePointer(statement)) else { return 0 }
        defer { sqlite3_free(expanded) }
        Unmanaged<StatementTracer>.fromOpaque(context).takeUnretainedValue().body(String(cString: expanded))
        return 0
    }
}
