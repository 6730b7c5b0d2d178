/// Where things go on the board for a given terminal size. Shared by `render` (to draw) and by the
/// runtime (to fetch exactly as many cards as fit), so the two never disagree.
public struct BoardLayout: Sendable, Equatable {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    public static let minimumColumnWidth = 14
    /// Three lines of card and one of space.
    public static let cardHeight = 4
    /// Tab bar, side band, column title, count and total, rule.
    public static let headerHeight = 5
    /// Message line and status bar.
    public static let footerHeight = 2

    public let width: Int
    public let height: Int
    public let columnCount: Int

    public init(width: Int, height: Int, columnCount: Int) {
        self.width = width
        self.height = height
        self.columnCount = columnCount
    }

    public var isTooSmall: Bool { width < BoardLayout.minimumWidth || height < BoardLayout.minimumHeight }

    public var cardsTop: Int { BoardLayout.headerHeight }
    public var cardsHeight: Int { max(0, height - BoardLayout.headerHeight - BoardLayout.footerHeight) }
    public var cardsPerColumn: Int { max(1, cardsHeight / BoardLayout.cardHeight) }

    /// How many columns are shown side by side; the rest scroll horizontally.
    public var visibleColumnCount: Int { max(1, min(columnCount, width / BoardLayout.minimumColumnWidth)) }

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
}
