import HandoffCore

/// Where things go on the board for a given terminal size. Shared by `render` (to draw), by the
/// runtime (to fetch exactly as many cards as fit) and by mouse hit-testing, so none disagree.
public struct BoardLayout: Sendable, Equatable {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    /// Tab bar, side band, column title, count and total, rule.
    public static let headerHeight = 5
    /// Message line and status bar.
    public static let footerHeight = 2
    /// Cards at least this wide show the source and campaign beside the company.
    public static let roomyColumnWidth = 26

    public let width: Int
    public let height: Int
    public let columnCount: Int
    public let style: ThemeLayout

    public init(width: Int, height: Int, columnCount: Int, style: ThemeLayout = .standard) {
        self.width = width
        self.height = height
        self.columnCount = columnCount
        self.style = style
    }

    /// Narrower than this and the board scrolls sideways instead. The projector wants wide
    /// columns: names must be read from the back of the room.
    public var minimumColumnWidth: Int { style == .projector ? 24 : 14 }
    /// Three lines of card and the space after it; the projector spaces cards further apart.
    public var cardHeight: Int { style == .projector ? 5 : 4 }

    public var isTooSmall: Bool { width < BoardLayout.minimumWidth || height < BoardLayout.minimumHeight }

    public var cardsTop: Int { BoardLayout.headerHeight }
    public var cardsHeight: Int { max(0, height - BoardLayout.headerHeight - BoardLayout.footerHeight) }
    public var cardsPerColumn: Int { max(1, cardsHeight / cardHeight) }

    /// When not every column fits, the ones shown are at least this wide, so a name or a stage
    /// title reads whole at 80 columns instead of nine cut-off slivers.
    public var scrollingColumnWidth: Int { style == .projector ? 30 : 20 }

    /// How many columns are shown side by side: all of them when they fit, else fewer and wider
    /// ones, and the board scrolls horizontally keeping the selected column in view.
    public var visibleColumnCount: Int {
        if width / minimumColumnWidth >= columnCount { return max(1, columnCount) }
        return max(1, min(columnCount, width / scrollingColumnWidth))
    }

    /// The first column drawn, chosen so the selected one is always on screen.
    public func firstVisibleColumn(selected: Int) -> Int {
        let shown = visibleColumnCount
        if shown >= columnCount { return 0 }
        return max(0, min(selected - (shown - 1) / 2, columnCount - shown))
    }

    /// The x and width of the n-th shown column; the last one takes the remainder.
    public func columnFrame(slot: Int) -> (x: Int, width: Int) {
        let shown = visibleColumnCount
        let base = width / shown
        let x = slot * base
        return (x, slot == shown - 1 ? width - x : base)
    }

    /// The top line of the n-th card of a column window.
    public func cardTop(_ index: Int) -> Int { cardsTop + index * cardHeight }
}
