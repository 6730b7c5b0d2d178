/// The ordered stages of a board and the rules for moving a lead between them.
public struct Pipeline: Sendable, Equatable {
    public let stages: [Stage]
    /// Stage id to its index in `stages`: imports look a stage up for every row.
    private let positions: [String: Int]

    public init(stages: [Stage]) {
        self.stages = stages.sorted { $0.position < $1.position }
        positions = Dictionary(self.stages.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    public static let standard = Pipeline(stages: [
        Stage(id: "lead", title: "New lead", side: .marketing, position: 1, probability: 0.01, idleDays: 14),
        Stage(id: "nurture", title: "Nurturing", side: .marketing, position: 2, probability: 0.02, idleDays: 30),
        Stage(id: "mql", title: "MQL, handed off", side: .handoff, position: 3, probability: 0.05, idleDays: 2),
        Stage(id: "sal", title: "Accepted (SAL)", side: .sales, position: 4, probability: 0.10, idleDays: 7),
        Stage(id: "sql", title: "Qualified (SQL)", side: .sales, position: 5, probability: 0.25, idleDays: 14),
        Stage(id: "proposal", title: "Proposal", side: .sales, position: 6, probability: 0.50, idleDays: 14),
        Stage(id: "negotiation", title: "Negotiation", side: .sales, position: 7, probability: 0.75, idleDays: 21),
        Stage(id: "won", title: "Won, customer", side: .outcome, position: 8, probability: 1.0, idleDays: nil),
        Stage(id: "lost", title: "Lost", side: .outcome, position: 9, probability: 0.0, idleDays: nil, visible: false),
    ])

    public var visibleStages: [Stage] { stages.filter(\.visible) }

    public func stage(_ id: String) -> Stage? { positions[id].map { stages[$0] } }

    public func requireStage(_ id: String) throws(HandoffError) -> Stage {
        guard let stage = stage(id) else { throw .unknownStage(id, known: stages.map(\.id)) }
        return stage
    }

    /// The neighbouring visible stage in board order, as `H`/`L` move a card one column. A lead
    /// moves among the pipeline's stages and an account among the customer band's: neither steps
    /// into the other's columns.
    public func neighbour(of id: String, step: Int) throws(HandoffError) -> Stage {
        let current = try requireStage(id)
        let board = visibleStages.filter { $0.isCustomer == current.isCustomer }
        guard let index = board.firstIndex(where: { $0.id == current.id }) else {
            throw .invalidMove(Message(.isNotOnThe, "\(current.title)"))
        }
        let target = index + step
        guard board.indices.contains(target) else {
            throw step > 0
                ? .invalidMove(Message(.alreadyInTheLast, "\(current.title)"))
                : .invalidMove(Message(.alreadyInTheFirst, "\(current.title)"))
        }
        return board[target]
    }

    /// Checks a requested move before anything is written.
    public func validateMove(from: String, to: String) throws(HandoffError) {
        _ = try requireStage(from)
        _ = try requireStage(to)
        if from == to { throw .invalidMove(Message(.leadIsAlreadyIn, "\(stage(to)!.title)")) }
        if let target = stage(to), target.isCustomer {
            throw .invalidMove(Message(.isAStageOf, "\(target.title)"))
        }
    }
}
