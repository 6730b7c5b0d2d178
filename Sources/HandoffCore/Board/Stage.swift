/// A column of the pipeline. Stages are data kept in the database, so a team can rename or add them.
public struct Stage: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var side: Side
    public var position: Int
    /// Chance that a deal in this stage is won, for the weighted pipeline (0...1).
    public var probability: Double
    /// Days a lead may sit here before it is flagged as stale; nil means never.
    public var idleDays: Int?
    /// Hidden stages (lost, by default) are kept off the board but stay reachable by commands.
    public var visible: Bool

    public init(id: String, title: String, side: Side, position: Int, probability: Double, idleDays: Int?, visible: Bool = true) {
        self.id = id
        self.title = title
        self.side = side
        self.position = position
        self.probability = probability
        self.idleDays = idleDays
        self.visible = visible
    }

    public var isClosed: Bool { side == .outcome }
}
