/// Finds rows of one file that name the same lead twice (same id, same id of the source system,
/// same email whatever its case). Keeps one small number per row, not the rows: a million-row file
/// is checked in a few tens of megabytes.
public struct DuplicateRows: Sendable {
    private var ids: [Int64: Int32] = [:]
    private var emails: [UInt64: Int32] = [:]
    private var externalIDs: [String: Int32] = [:]

    public init(expectedRows: Int = 0) {
        ids.reserveCapacity(expectedRows)
        emails.reserveCapacity(expectedRows)
    }

    /// The problem when `row` repeats an earlier row of the file; otherwise remembers it as row `number`.
    public mutating func check(_ row: LeadRow, number: Int, mapping: ImportMapping) -> ImportProblem? {
        func column(_ field: String) -> String { mapping.column(field).map { mapping.header[$0] } ?? field }
        if let id = row.id, let first = ids[id] {
            return ImportProblem(column: column("id"), reason: Message(.idIsAlsoOn, "\(id)", "\(first)"))
        }
        if let external = row.externalID, let first = externalIDs[external] {
            return ImportProblem(column: column("id"), reason: Message(.idIsAlsoOnRow, "\(external)", "\(first)"))
        }
        let emailKey = row.email.map(DuplicateRows.emailKey)
        if let emailKey, let first = emails[emailKey] {
            return ImportProblem(column: column("email"), reason: Message(.emailIsAlsoOn, "\(row.email!)", "\(first)"))
        }
        let number = Int32(truncatingIfNeeded: number)
        if let id = row.id { ids[id] = number }
        if let external = row.externalID { externalIDs[external] = number }
        if let emailKey { emails[emailKey] = number }
        return nil
    }

    /// FNV-1a of the address with ASCII case folded: `Ana@X.com` and `ana@x.com` are one lead.
    public static func emailKey(_ email: String) -> UInt64 {
        var email = email
        return email.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for var byte in bytes {
                if byte >= 65 && byte <= 90 { byte += 32 }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }
    }
}
