// swift-tools-version:6.0
import PackageDescription

// Foundation and two system libraries only: the board must build on a bare Debian + Swift machine.
let package = Package(
    name: "Handoff",
    products: [
        .executable(name: "handoff", targets: ["handoff"]),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .target(name: "HandoffCore"),
        .target(name: "HandoffStore", dependencies: ["HandoffCore", "CSQLite"]),
        .target(name: "HandoffTUI", dependencies: ["HandoffCore", "HandoffStore", "CNcurses"]),
        .executableTarget(name: "handoff", dependencies: ["HandoffTUI", "HandoffStore", "HandoffCore"]),
        // A writer process for the concurrency tests: many moves through Store.apply, one open.
        .executableTarget(name: "handoff-writer", dependencies: ["HandoffStore", "HandoffCore"], path: "Tests/HandoffWriter"),
        // Temporary databases, small hand-checkable boards and a tmux driver, shared by the test targets.
        .target(name: "HandoffTestSupport", dependencies: ["HandoffStore", "HandoffCore"], path: "Tests/HandoffTestSupport"),
        .testTarget(name: "HandoffCoreTests", dependencies: ["HandoffCore"]),
        .testTarget(name: "HandoffStoreTests", dependencies: ["HandoffStore", "HandoffCore", "HandoffTestSupport"]),
        .testTarget(name: "HandoffTUITests", dependencies: ["HandoffTUI", "HandoffStore", "HandoffCore", "HandoffTestSupport"]),
        .testTarget(name: "HandoffEndToEndTests", dependencies: ["HandoffStore", "HandoffCore", "HandoffTUI", "HandoffTestSupport", "handoff-writer"]),
    ],
    swiftLanguageModes: [.v6]
)
