import HandoffCore

/// The content view: every piece (they are few, made by hand), the column and the piece selected
/// in each stage, the selected piece's comparison with leads that did not get it, and the recent
/// insights a piece can be linked to. Read on every change, whatever the view, because the forms
/// of a lead's detail offer the published pieces.
public struct ContentState: Sendable, Equatable {
    public var pieces: [ContentPiece] = []
    public var approvalRequired = true
    /// The insights not withdrawn, newest first, that a piece can be linked to.
    public var recentInsights: [Insight] = []
    /// The stage column selected (an index of `ContentStage.allCases`).
    public var column = 0
    /// The piece selected in each stage, by id: it stays selected wherever the list moves.
    public var selected: [ContentStage: Int64] = [:]
    /// The selected piece's figures, read while the view is on screen.
    public var reach: ContentReach?

    public init() {}

    public var stage: ContentStage { ContentStage.allCases[min(max(0, column), ContentStage.allCases.count - 1)] }

    /// A stage's pieces, the longest in it first.
    public func pieces(in stage: ContentStage) -> [ContentPiece] {
        pieces.filter { $0.stage == stage }.sorted { ($0.enteredAt, $0.id) < ($1.enteredAt, $1.id) }
    }

    /// The row selected in a stage: its chosen piece, else the first.
    public func selectedRow(in stage: ContentStage) -> Int {
        let rows = pieces(in: stage)
        return selected[stage].flatMap { id in rows.firstIndex { $0.id == id } } ?? 0
    }

    public var selectedPiece: ContentPiece? {
        let rows = pieces(in: stage)
        return rows.isEmpty ? nil : rows[selectedRow(in: stage)]
    }

    public var published: [ContentPiece] { pieces(in: .published) }
}
