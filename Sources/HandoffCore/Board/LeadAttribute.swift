/// A value of a lead that is not a board field, such as a column of an imported file
/// (`industry`, `employees`): shown in the detail view, exported, and readable by scoring rules.
public struct LeadAttribute: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
