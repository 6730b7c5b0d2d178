import HandoffCore
import HandoffStore

/// The content view's and the insights panel's reads and writes against the store.
extension AppRuntime {
    /// How many recent insights a piece's link form offers.
    static let linkableInsights = 100

    func performContent(_ effect: Effect) throws -> [Action] {
        switch effect {
        case .loadContent:
            return [.contentLoaded(try loadedContent())]
        case let .loadReach(pieceID):
            return [.reachLoaded(try store.contentReach(pieceID: pieceID))]
        case let .loadPiece(id):
            return [.pieceLoaded(try loadedPiece(id))]
        case let .runContent(change, message):
            let piece = try store.changeContent(change, actor: actor, at: state.now)
            return [.contentChanged(piece, message: message)]
        case .loadInsights:
            let window = state.insightsWindow
            let grouping = state.insights.grouping
            let themes = try store.insightThemes(by: grouping, from: window.start, to: window.end)
            let drill = try state.insights.drill.map { try store.insights(in: grouping, key: $0.key, from: window.start, to: window.end) }
            return [.insightsLoaded(themes, drill: drill)]
        default:
            return []
        }
    }

    func loadedContent() throws -> ContentBoard {
        var board = ContentBoard(
            pieces: try store.pieces(), approvalRequired: try store.contentApprovalRequired(),
            recentInsights: try store.insights(limit: AppRuntime.linkableInsights), reach: nil)
        // The figures are read for the piece the view will show selected once these pieces are in.
        var shown = state.content
        shown.pieces = board.pieces
        if state.view == .content, state.meeting == nil, let piece = shown.selectedPiece {
            board.reach = try store.contentReach(pieceID: piece.id)
        }
        return board
    }

    func loadedPiece(_ id: Int64) throws -> PieceDetail {
        let piece = try store.requirePiece(id: id)
        return PieceDetail(
            piece: piece, insights: try piece.insights.compactMap { try store.insight(id: $0) },
            sends: try store.contentSends(contentID: id), reach: try store.contentReach(pieceID: id))
    }

    /// The piece panel, read again where it was scrolled, after anyone's change.
    func reloadPiecePanel() {
        guard case let .piece(open) = state.overlay else { return }
        if var detail = try? loadedPiece(open.piece.id) {
            detail.scroll = open.scroll
            send(.pieceLoaded(detail))
        }
    }
}
