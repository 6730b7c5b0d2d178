import HandoffCore
import HandoffStore

/// The whole state of the app as a value. `update` changes it; `render` draws it.
public struct AppState: Sendable {
    public var pipeline: Pipeline
    public var columns: [ColumnState]
    public var selectedColumn: Int = 0
    public var overlay: Overlay?
    public var status: StatusMessage?
    public var width: Int
    public var height: Int
    public var now: Int64
    public var databaseName: String
    public var user: String
    public var totalLeads: Int = 0
    public var shouldQuit = false
    public var keyMap: KeyMap = .standard
    public var view: ViewMode = .board
    public var inbox = InboxState()
    public var reference = ReferenceData()
    public var scoring = ScoringState()

    public init(pipeline: Pipeline, width: Int, height: Int, now: Int64, databaseName: String, user: String) {
        self.pipeline = pipeline
        self.columns = pipeline.visibleStages.map { ColumnState(stage: $0) }
        self.width = width
        self.height = height
        self.now = now
        self.databaseName = databaseName
        self.user = user
    }

    public var keyContext: KeyContext {
        switch overlay {
        case .help: return .help
        case .detail: return .detail
        case .form: return .form
        case nil: return view.keyContext
        }
    }

    public var selectedLead: Lead? {
        columns.indices.contains(selectedColumn) ? columns[selectedColumn].selectedLead : nil
    }

    /// The lead the keys act on in the current view: the board's card or the inbox's row.
    public var focusedLead: Lead? { view == .inbox ? inbox.selectedItem?.lead : selectedLead }

    /// How many cards fit in a column at the current height: what the runtime fetches.
    public var cardsPerColumn: Int { BoardLayout(width: width, height: height, columnCount: columns.count).cardsPerColumn }
}
