import HandoffCore

/// The `:import` panel: first the preview of a file (its mapping and first rows) waiting for a
/// confirming key, then, if the import was refused or was a dry run, its report.
public struct ImportPanel: Sendable, Equatable {
    public var preview: ImportPreview
    /// Set once the import ran and was not committed (refused or a dry run).
    public var report: ImportReport?
    public var scroll: Int
    /// While the confirmed import runs: how far it has got.
    public var progress: ImportProgress?

    public init(preview: ImportPreview, report: ImportReport? = nil, scroll: Int = 0) {
        self.preview = preview
        self.report = report
        self.scroll = scroll
    }

    public var awaitsConfirmation: Bool { report == nil }
}
