import CPostgres
import Foundation
import HandoffCore

/// A statement prepared on the server, with its parameters bound as text and, once run, its whole
/// result read row by row through `step`. The server decides each parameter's type from where it
/// stands in the SQL, as SQLite's affinity does.
public final class PostgresStatement: DatabaseStatement {
    unowned let connection: PostgresConnection
    let name: String
    let sql: String
    let parameters: Int
    private var preparedGeneration = -1
    private var values: [String?]
    private var result: OpaquePointer?
    private var row: Int32 = -1
    private var rowCount: Int32 = 0

    init(connection: PostgresConnection, name: String, sql: String, parameters: Int) {
        self.connection = connection
        self.name = name
        self.sql = sql
        self.parameters = parameters
        values = Array(repeating: nil, count: parameters)
    }

    deinit {
        if let result { PQclear(result) }
        blobBytes.deallocate()
    }

    func prepareOnServer() throws {
        let prepared = PQprepare(connection.handle, name, sql, Int32(parameters), nil)
        defer { PQclear(prepared) }
        try connection.check(prepared, sql: sql)
        preparedGeneration = connection.generation
    }

    public func reset() {
        rewind()
        for index in values.indices { values[index] = nil }
    }

    public func rewind() {
        if let result { PQclear(result) }
        result = nil
        row = -1
        rowCount = 0
    }

    public func bind(_ values: [DatabaseValue]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .null: try bindNull(index)
            case let .integer(number): try bind(index, number)
            case let .real(number): try bind(index, number)
            case let .text(text): try bind(index, text)
            case let .blob(bytes): try set(index, PostgresStatement.hex(bytes))
            }
        }
    }

    private func set(_ index: Int32, _ text: String?) throws {
        guard index >= 1, Int(index) <= parameters else {
            throw HandoffError.storage(Message(.statementWasGivenValue, "\(index)", "\(parameters)"))
        }
        values[Int(index) - 1] = text
    }

    public func bind(_ index: Int32, _ text: String) throws {
        // Text holding NUL cannot reach the server; SQLite would have cut it there too.
        try set(index, text.contains("\0") ? String(text.prefix { $0 != "\0" }) : text)
    }

    public func bind(_ index: Int32, _ number: Int64) throws { try set(index, String(number)) }

    public func bind(_ index: Int32, _ number: Double?) throws {
        guard let number else { return try bindNull(index) }
        try set(index, number.isNaN ? "NaN" : number.isInfinite ? (number < 0 ? "-Infinity" : "Infinity") : "\(number)")
    }

    public func bindNull(_ index: Int32) throws { try set(index, nil) }

    public func bind(_ index: Int32, _ digest: SHA256Digest) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        digest.appendBytes(to: &bytes)
        try set(index, PostgresStatement.hex(bytes))
    }

    /// Bytes as `bytea` reads them in text: `\x` and two hex digits a byte.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = [0x5C, 0x78]
        text.reserveCapacity(2 + bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes of the latest `blob`, kept until the next.
    private var blobBytes = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    public func blob(_ column: Int32) -> UnsafeRawBufferPointer {
        blobBytes.deallocate()
        blobBytes = UnsafeMutableRawBufferPointer(start: nil, count: 0)
        let text = utf8(column)
        guard text.count >= 2, text[0] == 0x5C, text[1] == 0x78 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let count = (text.count - 2) / 2
        blobBytes = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
        func nibble(_ digit: UInt8) -> UInt8 { digit <= 0x39 ? digit - 0x30 : (digit | 0x20) - 0x61 + 10 }
        for index in 0..<count { blobBytes[index] = nibble(text[2 + index * 2]) << 4 | nibble(text[3 + index * 2]) }
        return UnsafeRawBufferPointer(blobBytes)
    }

    public func step() throws -> Bool {
        if result == nil { try run() }
        row += 1
        return row < rowCount
    }

    private func run() throws {
        if preparedGeneration != connection.generation { try prepareOnServer() }
        if let tracer = connection.tracer { tracer(PostgresStatement.expanded(sql, values)) }
        let executed = PostgresStatement.withCStrings(values) { pointers in
            PQexecPrepared(connection.handle, name, Int32(parameters), pointers, nil, nil, 0)
        }
        do {
            try connection.check(executed, sql: sql)
        } catch {
            PQclear(executed)
            throw error
        }
        result = executed
        rowCount = PQntuples(executed)
        connection.noteChanges(Int(String(cString: PQcmdTuples(executed))) ?? 0)
    }

    /// The statement with its values written in as literals, as `psql` would run it.
    static func expanded(_ sql: String, _ values: [String?]) -> String {
        var text = sql
        for index in values.indices.reversed() {
            let literal = values[index].map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL"
            text = text.replacingOccurrences(of: "$\(index + 1)", with: literal)
        }
        return text
    }

    /// libpq takes parameters as C strings: each value copied for the call and freed after it.
    static func withCStrings<T>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = values.map { $0.map { strdup($0) } ?? nil }
        defer { for copy in copies { free(copy) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    public func value(_ column: Int32) -> DatabaseValue {
        guard let result, !isNull(column) else { return .null }
        switch PQftype(result, column) {
        case 16, 20, 21, 23: return .integer(int64(column))  // bool, int8, int2, int4
        case 700, 701, 1700: return .real(double(column))  // float4, float8, numeric
        case 17: return .blob(Array(blob(column)))  // bytea
        default: return .text(string(column))
        }
    }

    public var columnCount: Int32 { result.map { PQnfields($0) } ?? 0 }

    public func isNull(_ column: Int32) -> Bool {
        guard let result, row < rowCount else { return true }
        return PQgetisnull(result, row, column) != 0
    }

    public func int64(_ column: Int32) -> Int64 {
        guard let result, row < rowCount, PQgetisnull(result, row, column) == 0, let text = PQgetvalue(result, row, column) else {
            return 0
        }
        switch text.pointee {
        case CChar(UInt8(ascii: "t")): return 1
        case CChar(UInt8(ascii: "f")): return 0
        default: break
        }
        var end: UnsafeMutablePointer<CChar>?
        let number = strtoll(text, &end, 10)
        if let end, end.pointee != 0 {
            // A numeric or floating value read as an integer: truncated, as SQLite does.
            let real = strtod(text, nil)
            return real.isNaN ? 0 : Int64(exactly: real.rounded(.towardZero)) ?? (real < 0 ? .min : .max)
        }
        return number
    }

    public func double(_ column: Int32) -> Double {
        guard let result, row < rowCount, PQgetisnull(result, row, column) == 0, let text = PQgetvalue(result, row, column) else {
            return 0
        }
        switch text.pointee {
        case CChar(UInt8(ascii: "t")): return 1
        case CChar(UInt8(ascii: "f")): return 0
        default: return strtod(text, nil)
        }
    }

    public func string(_ column: Int32) -> String {
        String(decoding: utf8(column), as: UTF8.self)
    }

    public func utf8(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let result, row < rowCount, let text = PQgetvalue(result, row, column) else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        let length = Int(PQgetlength(result, row, column))
        return UnsafeRawPointer(text).withMemoryRebound(to: UInt8.self, capacity: length) { UnsafeBufferPointer(start: $0, count: length) }
    }
}
