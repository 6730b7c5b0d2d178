/// A position in a column's order (newest arrival first), for keyset pagination: the next page
/// starts strictly after the cursor, so paging costs the same on row 20 and on row 900,000.
public struct BoardCursor: Sendable, Equatable {
    public var enteredAt: Int64
    public var id: Int64

    public init(enteredAt: Int64, id: Int64) {
        self.enteredAt = enteredAt
        self.id = id
    }
}
