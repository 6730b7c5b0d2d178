import Foundation

/// A child process the test keeps a hand on: its output read as it comes, with deadlines, and
/// signals sent to it at chosen moments (the crash test kills workers with SIGKILL mid-write).
///
/// Started by `ChildProcess.spawn` (see there why not Foundation's Process), with pipes for both
/// outputs read through poll, so neither can fill up and block the child.
public final class SpawnedProcess {
    public let pid: pid_t
    private var outputFD: Int32
    private var errorFD: Int32
    public private(set) var output: [UInt8] = []
    public private(set) var errorOutput: [UInt8] = []
    private var consumed = 0
    private var status: Int32?

    /// Starts `arguments` (the first looked up in PATH; each argument any bytes but NUL) with stdin
    /// from `input` (a file path) and `environment` as the whole environment.
    public init(arguments: [[UInt8]], environment: [String: String], input: String = "/dev/null") throws {
        var outputPipe: [Int32] = [0, 0], errorPipe: [Int32] = [0, 0]
        guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else { throw ChildProcess.Failure(description: "pipe failed: errno \(errno)") }
        // Other children (a long-lived tmux server above all) must not inherit these pipes, or a read
        // would never see their end.
        for fd in outputPipe + errorPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        let pid: pid_t
        do {
            pid = try ChildProcess.spawn(arguments, environment: environment, actions: &actions)
        } catch {
            for fd in outputPipe + errorPipe { close(fd) }
            throw error
        }
        close(outputPipe[1])
        close(errorPipe[1])
        self.pid = pid
        outputFD = outputPipe[0]
        errorFD = errorPipe[0]
    }

    public convenience init(
        _ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
        input: String = "/dev/null"
    ) throws {
        try self.init(arguments: arguments.map { Array($0.utf8) }, environment: environment, input: input)
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            _ = waitBlocking()
        }
        if outputFD >= 0 { close(outputFD) }
        if errorFD >= 0 { close(errorFD) }
    }

    /// Reads whatever the child wrote, waiting up to `milliseconds` for something; false once both
    /// of its outputs are closed.
    @discardableResult
    private func pump(milliseconds: Int32) -> Bool {
        var descriptors: [pollfd] = []
        if outputFD >= 0 { descriptors.append(pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)) }
        if errorFD >= 0 { descriptors.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
        if descriptors.isEmpty { return false }
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        if ready <= 0 { return true }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        for descriptor in descriptors where descriptor.revents != 0 {
            let count = read(descriptor.fd, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if descriptor.fd == outputFD {
                if count > 0 { output += buffer[0..<count] } else { close(outputFD); outputFD = -1 }
            } else {
                if count > 0 { errorOutput += buffer[0..<count] } else { close(errorFD); errorFD = -1 }
            }
        }
        return true
    }

    /// The next complete line of standard output, or nil when none came before `deadline` or the
    /// output ended.
    public func readLine(until deadline: Date) -> String? {
        while true {
            if let newline = output[consumed...].firstIndex(of: 0x0A) {
                let line = String(decoding: output[consumed..<newline], as: UTF8.self)
                consumed = newline + 1
                return line
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || outputFD < 0 { return nil }
            pump(milliseconds: Int32(min(left * 1000, 200)) + 1)
        }
    }

    /// The lines of standard output not yet returned by `readLine`, once the output has ended
    /// (or `deadline` passed); a last line without a newline is left out, as it was never finished.
    public func remainingLines(until deadline: Date) -> [String] {
        while outputFD >= 0 && deadline.timeIntervalSinceNow > 0 { pump(milliseconds: 200) }
        var lines: [String] = []
        while let newline = output[consumed...].firstIndex(of: 0x0A) {
            lines.append(String(decoding: output[consumed..<newline], as: UTF8.self))
            consumed = newline + 1
        }
        return lines
    }

    public func send(_ signal: Int32) {
        if status == nil { kill(pid, signal) }
    }

    /// Reads both outputs to their end and reaps the child; nil if it has not ended by `deadline`.
    /// The status is the exit code, or 128 + the signal that ended it.
    public func wait(until deadline: Date) -> Int32? {
        if let status { return status }
        while deadline.timeIntervalSinceNow > 0 {
            pump(milliseconds: 50)
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid {
                while pump(milliseconds: 0) && (outputFD >= 0 || errorFD >= 0) {}
                status = ChildProcess.exitStatus(raw)
                return status
            }
        }
        return nil
    }

    /// Waits however long it takes.
    public func waitBlocking() -> Int32 {
        if let status { return status }
        while pump(milliseconds: 1000) && (outputFD >= 0 || errorFD >= 0) {}
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        status = ChildProcess.exitStatus(raw)
        return status!
    }

    public var outputText: String { String(decoding: output, as: UTF8.self) }
    public var errorText: String { String(decoding: errorOutput, as: UTF8.self) }
}
