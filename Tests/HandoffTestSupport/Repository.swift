import Foundation

/// Folders of the checkout the tests run from (found from this file's own path), for tests that
/// read what ships with Handoff, such as `themes/`.
public enum Repository {
    public static let root: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    public static var themes: String { root + "/themes" }
}
