// swift-tools-version:6.0
import PackageDescription

// Foundation and three system libraries only: the board must build on a bare Debian + Swift machine.
let package = Package(
    name: "Handoff",
    products: [
        .executable(name: "handoff", targets: ["handoff"])
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // libpq, for boards on a PostgreSQL server (Debian's libpq-dev).
        .systemLibrary(name: "CPostgres", path: "Sources/CPostgres"),
        // Compiled C, so the signal handlers and the event loop share one state (see TerminalGuard.c).
        .target(name: "CTerminalGuard"),
        .target(name: "HandoffCore"),
        .target(name: "HandoffStore", dependencies: ["HandoffCore", "CSQLite", "CPostgres"]),
        .target(name: "HandoffTUI", dependencies: ["HandoffCore", "HandoffStore", "CNcurses", "CTerminalGuard"]),
        // The commands, their options and their help: a library, so tests and the fuzzer use the
        // parser that ships; the executable only wires it to the process.
        .target(name: "HandoffCLI", dependencies: ["HandoffTUI", "HandoffStore", "HandoffCore"]),
        .executableTarget(name: "handoff", dependencies: ["HandoffCLI"]),
        // A writer process for the concurrency tests: many moves through Store.apply, one open.
        .executableTarget(name: "handoff-writer", dependencies: ["HandoffStore", "HandoffCore"], path: "Tests/HandoffWriter"),
        // The benchmark: builds data sets with `handoff generate` and measures the board, the store and
        // the sqlite3 tool on them (see BENCHMARKS.md). It drives the `handoff` executable, so it
        // depends on it to have it built alongside. Not a product: it ships with nothing, and
        // `swift run -c release handoff-bench` still runs it.
        .executableTarget(
            name: "handoff-bench", dependencies: ["handoff", "HandoffTUI", "HandoffStore", "HandoffCore", "HandoffTestSupport"]),
        // Temporary databases, small hand-checkable boards, processes and a tmux driver, shared by the
        // tests and the benchmark. It never imports Testing, so nothing built from it links the test
        // framework; what only tests need lives in the test targets.
        .target(name: "HandoffTestSupport", dependencies: ["HandoffTUI", "HandoffStore", "HandoffCore"], path: "Tests/HandoffTestSupport"),
        // Workers, readers and the long stress runs: processes the reliability tests start and kill.
        .executableTarget(
            name: "handoff-stress", dependencies: ["HandoffCLI", "HandoffTestSupport", "HandoffStore", "HandoffCore"],
            path: "Tests/HandoffStress"),
        .testTarget(name: "HandoffCoreTests", dependencies: ["HandoffCore", "HandoffTestSupport"]),
        .testTarget(
            name: "HandoffCLITests", dependencies: ["HandoffCLI", "HandoffTUI", "HandoffStore", "HandoffCore", "HandoffTestSupport"]),
        // Fixtures are files the tests import by path (see `Fixtures` in HandoffTestSupport), not resources.
        .testTarget(name: "HandoffStoreTests", dependencies: ["HandoffStore", "HandoffCore", "HandoffTestSupport"], exclude: ["Fixtures"]),
        // Golden frames are files the tests read by path (see GoldenFrameTests), not resources.
        .testTarget(
            name: "HandoffTUITests", dependencies: ["HandoffTUI", "HandoffStore", "HandoffCore", "HandoffTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "HandoffEndToEndTests",
            dependencies: ["HandoffStore", "HandoffCore", "HandoffTUI", "HandoffTestSupport", "handoff-writer", "handoff-bench"]),
        .testTarget(name: "HandoffReliabilityTests", dependencies: ["HandoffCLI", "HandoffStore", "HandoffCore", "HandoffTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
