/// A column's complete count and value, whatever part of it is on screen.
public struct StageTotal: Sendable, Equatable {
    public var leads: Int
    public var value: Double

    public init(leads: Int, value: Double) {
        self.leads = leads
        self.value = value
    }
}
