import Foundation

/// Runs a program to completion with posix_spawn and waitpid, for the tmux driver.
///
/// Foundation's Process notices that a child ended through SIGCHLD, and the test runner's threads
/// block that signal: `waitUntilExit` then hangs forever on a tmux client that has long exited
/// (seen here on every session whose program keeps running). waitpid needs no signal. The child
/// also gets an empty signal mask and default handlers, so the tmux server, and the board it runs,
/// receive SIGTERM and SIGHUP like any program started from a shell.
public enum ChildProcess {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `arguments` (looked up in PATH), stdin and stderr on /dev/null; returns exit status and stdout.
    public static func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed: errno \(errno)") }
        // Other children (a long-lived tmux server above all) must not inherit this pipe, or the
        // read below would never see its end.
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let pid: pid_t
        do {
            pid = try spawn(arguments, environment: environment, actions: &actions)
        } catch {
            close(fds[0])
            close(fds[1])
            throw error
        }
        close(fds[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(fds[0], &buffer, buffer.count)
            if count > 0 { output += buffer[0..<count]; continue }
            if count < 0 && errno == EINTR { continue }
            break
        }
        close(fds[0])
        return (wait(pid), String(decoding: output, as: UTF8.self))
    }

    /// Starts `arguments` without waiting for it: stdin from /dev/null, stdout and stderr into the
    /// files named. `wait` collects it.
    public static func start(_ arguments: [String], environment: [String: String], output: String, error: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        return try spawn(arguments, environment: environment, actions: &actions)
    }

    /// Waits for a child to end; its exit status, or 128 + the signal that ended it.
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return exitStatus(status)
    }

    /// The exit status in a status from waitpid, or 128 + the signal that ended the child.
    static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private static func spawn(_ arguments: [String], environment: [String: String], actions: inout posix_spawn_file_actions_t) throws
        -> pid_t
    {
        try spawn(arguments.map { Array($0.utf8) }, environment: environment, actions: &actions)
    }

    /// Starts a child with an empty signal mask and default handlers. Each argument may be any
    /// bytes but NUL (the fuzzer passes invalid UTF-8 on purpose).
    static func spawn(_ arguments: [[UInt8]], environment: [String: String], actions: inout posix_spawn_file_actions_t) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] =
            arguments.map { bytes in
                let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
                for (index, byte) in bytes.enumerated() { copy[index] = CChar(bitPattern: byte == 0 ? 0x20 : byte) }
                copy[bytes.count] = 0
                return copy
            } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { pointer?.deallocate() }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, argv[0]!, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(String(decoding: arguments[0], as: UTF8.self)): error \(spawned)")
        }
        return pid
    }
}
