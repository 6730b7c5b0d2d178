import Foundation
import HandoffCore

/// Runs the built `handoff` executable as a user would, for end-to-end tests.
public enum HandoffBinary {
    /// The executable next to the test bundle (both live in the build folder), or `$HANDOFF_BIN`.
    public static var path: String { built("handoff", override: "HANDOFF_BIN") }

    /// The release build of `handoff`, what users install: `$HANDOFF_RELEASE_BIN`, else the
    /// checkout's `.build/release/handoff` (`make test` builds it before the tests run).
    public static var releasePath: String {
        ProcessInfo.processInfo.environment["HANDOFF_RELEASE_BIN"] ?? Repository.root + "/.build/release/handoff"
    }

    /// The builds the terminal tests run on: an optimised build has behaved differently from the
    /// debug one (signal handling), and users run the optimised one.
    public static var shippedBuilds: [String] { [path, releasePath] }

    /// Fails with the way out when `binary` was not built, instead of a puzzling tmux error.
    public static func requireBuilt(_ binary: String) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw NSError(
                domain: "handoff", code: 1,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "\(binary) is not built; run `swift build -c release --product handoff` (make test does it first)"
                ])
        }
    }

    /// The writer process of the concurrency tests (`Tests/HandoffWriter`).
    public static var writerPath: String { built("handoff-writer") }

    /// The test helper that runs workers, readers, the crash and concurrency harnesses and the
    /// fuzzer from the command line (`scripts/stress.sh`), or `$HANDOFF_STRESS_BIN`.
    public static var stressPath: String { built("handoff-stress", override: "HANDOFF_STRESS_BIN") }

    /// The benchmark (`Sources/handoff-bench`), for its smoke run.
    public static var benchPath: String { built("handoff-bench") }

    static func built(_ name: String, override: String? = nil) -> String {
        if let override, let explicit = ProcessInfo.processInfo.environment[override] { return explicit }
        let running = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = running.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath + "/.build/debug/" + name
    }

    public struct Result {
        public var status: Int32
        public var output: String
        public var error: String
    }

    /// Runs `handoff ARGUMENTS` to completion with stdin from /dev/null.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        // The language comes from these: a test that wants one sets it, the others get English
        // whatever the machine running them speaks.
        for name in Language.environmentVariables { merged[name] = nil }
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child forever.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    /// A demo board in `board`'s file, as `handoff demo --no-open` makes it.
    public static func makeDemo(at path: String) throws {
        let result = try run(["demo", "--db", path, "--no-open", "--reset"])
        guard result.status == 0 else {
            throw NSError(domain: "handoff", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.error])
        }
    }
}

extension HandoffBinary {
    /// Runs `handoff ARGUMENTS` as a user without privileges: as `nobody` through setpriv when the
    /// tests run as root (root ignores file permissions), else as the user running the tests.
    /// Either way the file permissions a test sets are the ones the board meets.
    public static func runWithoutPrivileges(_ arguments: [String]) throws -> Result {
        let prefix = geteuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let process = try SpawnedProcess(
            prefix + [path] + arguments, environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp"])
        let status = process.waitBlocking()
        return Result(status: status, output: process.outputText, error: process.errorText)
    }
}

extension HandoffBinary {
    /// Runs `handoff ARGUMENTS` as the operating-system user `login`: root under that name, in a
    /// passwd file of its own (see `SystemAccounts`), so the board sees `login` at the keyboard as it
    /// would on a shared host, and file permissions stay out of the way. Tests that use it are
    /// enabled only where `SystemAccounts.available`.
    public static func run(_ arguments: [String], as login: String, environment: [String: String] = [:]) throws -> Result {
        var whole = ProcessInfo.processInfo.environment
        for name in Language.environmentVariables { whole[name] = nil }
        for (key, value) in environment { whole[key] = value }
        whole["USER"] = login
        whole["LOGNAME"] = login
        let result = try SystemAccounts.run([path] + arguments, as: nil, rootName: login, environment: whole)
        return Result(status: result.status, output: result.output, error: result.error)
    }
}
