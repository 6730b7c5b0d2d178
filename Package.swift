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
        .testTarget(name: "HandoffCoreTests", dependencies: ["HandoffCore"]),
        .testTarget(name: "HandoffStoreTests", dependencies: ["HandoffStore", "HandoffCore"]),
        .testTarget(name: "HandoffTUITests", dependencies: ["HandoffTUI", "HandoffStore", "HandoffCore"]),
        .testTarget(name: "HandoffEndToEndTests", dependencies: ["HandoffStore", "HandoffCore"]),
    ],
    swiftLanguageModes: [.v6]
)
