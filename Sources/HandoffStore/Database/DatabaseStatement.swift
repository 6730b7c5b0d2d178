import HandoffCore

/// A prepared statement and, while it is being stepped, its current row. Values are bound (from
/// 1), never pasted into the SQL.
public protocol DatabaseStatement: AnyObject {
    /// Forgets the current run and the bound values.
    func reset()
    /// Forgets the current run, keeping the bound values: the same write again with only the
    /// changed values bound.
    func rewind()
    func bind(_ values: [DatabaseValue]) throws
    func bind(_ index: Int32, _ text: String) throws
    func bind(_ index: Int32, _ number: Int64) throws
    func bind(_ index: Int32, _ number: Double?) throws
    func bindNull(_ index: Int32) throws
    /// A hash, bound as bytes (a blob, or `bytea` on a server).
    func bind(_ index: Int32, _ digest: SHA256Digest) throws
    /// True while there is a row to read.
    func step() throws -> Bool

    func isNull(_ column: Int32) -> Bool
    func int64(_ column: Int32) -> Int64
    func double(_ column: Int32) -> Double
    func string(_ column: Int32) -> String
    /// A column's text as UTF-8 bytes, valid only until the next `step` or `reset`.
    func utf8(_ column: Int32) -> UnsafeBufferPointer<UInt8>
    /// A column's bytes as stored (a blob), valid only until the next `step`, `reset` or `blob`;
    /// empty for NULL.
    func blob(_ column: Int32) -> UnsafeRawBufferPointer
    /// A column as the value it holds, of the type it holds: for copying rows whatever they are.
    func value(_ column: Int32) -> DatabaseValue
    /// How many columns the current result has.
    var columnCount: Int32 { get }
}

extension DatabaseStatement {
    public func bind(_ index: Int32, _ text: String?) throws {
        if let text { try bind(index, text) } else { try bindNull(index) }
    }

    public func bind(_ index: Int32, _ number: Int64?) throws {
        if let number { try bind(index, number) } else { try bindNull(index) }
    }

    public func int(_ column: Int32) -> Int { Int(int64(column)) }
    public func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }
    public func optionalDouble(_ column: Int32) -> Double? { isNull(column) ? nil : double(column) }
    public func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }

    /// Binds, runs to completion, and resets: for INSERT/UPDATE/DELETE.
    public func run(_ values: DatabaseValue...) throws {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    /// `run` with the values in an array.
    public func run(values: [DatabaseValue]) throws {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    /// Binds and collects every row through `map`.
    public func rows<T>(_ values: [DatabaseValue], _ map: (any DatabaseStatement) throws -> T) throws -> [T] {
        try bind(values)
        defer { reset() }
        var result: [T] = []
        while try step() { result.append(try map(self)) }
        return result
    }

    /// Runs to completion and rewinds, keeping the bindings.
    public func execute() throws {
        defer { rewind() }
        while try step() {}
    }
}
