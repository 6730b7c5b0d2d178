import Foundation

/// The corpus of awkward import files in `Tests/HandoffStoreTests/Fixtures`, found from this
/// source file's place so every test target (and the end-to-end tests' binary) can use them.
public enum Fixtures {
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HandoffStoreTests/Fixtures").path

    public static func path(_ name: String) -> String { folder + "/" + name }
}

extension Fixtures {
    /// The demo data set of the checkout.
    public static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data").path
}
