import Foundation
import HandoffCore
import HandoffStore

/// `handoff watch`: every event as it is written, from any terminal or script, as lines or JSON
/// Lines, or handed one at a time to a command of the team's own (a Slack or Teams webhook
/// script). `--after ID` starts after an event already seen, so a watcher restarted with the last
/// id it handled misses nothing and repeats nothing.
enum WatchCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "watch", summary: Message(.printEveryEventAs),
        options: [
            OptionSpec("--json", Message(.oneJSONObjectA)),
            OptionSpec("--kinds", value: "KIND,...", Message(.onlyTheseKindsE)),
            OptionSpec("--exec", value: "CMD", Message(.runCMDWithSh)),
            OptionSpec("--after", value: "ID", Message(.startAfterEventID)),
        ],
        details: Message(.runsUntilInterruptedWith))

    static let kindAliases = ["handoff": EventKind.handedOff]
    static let kinds = [
        EventKind.created, EventKind.moved, EventKind.handedOff, EventKind.accepted, EventKind.rejected, EventKind.won, EventKind.lost,
        EventKind.note, EventKind.edited, EventKind.scored, EventKind.undone,
    ]

    static func run(_ context: CommandContext) throws -> Int32 {
        var wanted: Set<String>?
        if let list = context.parsed.value("--kinds") {
            let names = list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let resolved = names.map { kindAliases[$0] ?? $0 }
            if let unknown = resolved.first(where: { !kinds.contains($0) }) {
                throw UsageError(
                    Message(.kindsUnknownKindKinds, "\(TerminalText.sanitize(unknown))", "\(kinds.joined(separator: ", "))"), usage: "")
            }
            wanted = Set(resolved)
        }
        let store = try context.openStore(readOnly: true)
        var last: Int64
        if let text = context.parsed.value("--after") {
            guard let id = Int64(text), id >= 0 else {
                throw UsageError(Message(.afterMustBeAn, "\(TerminalText.sanitize(text))"), usage: "")
            }
            last = id
        } else {
            last = try store.latestEventID()
        }
        let command = context.parsed.value("--exec")
        var seenVersion: Int64 = -1
        while true {
            let version = try store.dataVersion()
            if version != seenVersion {
                seenVersion = version
                // Read until nothing new is left, a page at a time: a burst (an import) is never
                // held in memory whole.
                while true {
                    let entries = try store.log(after: last, limit: 500)
                    for entry in entries {
                        if wanted == nil || wanted!.contains(entry.event.kind) {
                            if let command {
                                let status = try deliver(entry, to: command)
                                guard status == 0 else {
                                    context.sayError(
                                        Message(
                                            .handoffFailedOnEvent, "\(TerminalText.sanitize(command))", "\(entry.event.id)", "\(status)",
                                            "\(last)")
                                    )
                                    return 1
                                }
                            } else if context.parsed.has("--json") {
                                context.printVerbatim(try JSONOutput.line(LogCommand.json(entry)) + "\n")
                            } else {
                                context.print(LogCommand.line(entry, context.strings))
                            }
                        }
                        last = entry.event.id
                    }
                    if entries.count < 500 { break }
                }
            }
            usleep(100_000)
        }
    }

    /// Runs `command` with the event's JSON on its standard input; its exit status.
    private static func deliver(_ entry: LogEntry, to command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        // A command that does not read its input (or exits first) closes the pipe: that is its
        // business, told by its exit status, not a reason for SIGPIPE to end the watch.
        let previous = signal(SIGPIPE, SIG_IGN)
        let bytes = Array((try JSONOutput.line(LogCommand.json(entry)) + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes {
                Glibc.write(input.fileHandleForWriting.fileDescriptor, $0.baseAddress, $0.count)
            }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            written += count
        }
        signal(SIGPIPE, previous)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
