import Foundation

/// Runs the built `handoff` executable as a user would, for end-to-end tests.
public enum HandoffBinary {
    /// The executable next to the test bundle (both live in the build folder), or `$HANDOFF_BIN`.
    public static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["HANDOFF_BIN"] { return explicit }
        return built("handoff")
    }

    /// The writer process of the concurrency tests (`Tests/HandoffWriter`).
    public static var writerPath: String { built("handoff-writer") }

    static func built(_ name: String) -> String {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
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
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
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
