/// A list shown a window at a time (a board column, the inbox): its rows on screen, where they sit,
/// which is selected, read and written as one `KeysetWindow` to page with.
protocol WindowedList {
    associatedtype Row: Sendable
    var rows: [Row] { get set }
    var firstRank: Int { get set }
    var selected: Int { get set }
}

extension WindowedList {
    var window: KeysetWindow<Row> {
        get { KeysetWindow(rows: rows, firstRank: firstRank, selected: selected) }
        set {
            rows = newValue.rows
            firstRank = newValue.firstRank
            selected = newValue.selected
        }
    }
}
