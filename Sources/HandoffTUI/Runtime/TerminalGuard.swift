import CTerminalGuard
import Foundation

/// Keeps the user's terminal usable whatever happens to the board. Before curses starts it saves
/// the terminal's modes and takes over the signals: SIGINT, SIGTERM, SIGHUP and SIGQUIT end the
/// loop in an orderly way (a second one, when the loop is stuck, restores the terminal and exits);
/// a crash or runtime trap restores the terminal from the signal handler and then dies of the same
/// signal. While curses owns the screen, stderr goes to a file and is shown once the terminal is
/// back, so a crash message is readable instead of lost on the alternate screen. Ctrl-Z is left to
/// curses: its SIGTSTP handler (installed by newterm because the signal is untouched here) ends
/// curses mode before the process stops, and redraws the screen on SIGCONT.
enum TerminalGuard {
    /// Before curses starts.
    static func engage() {
        handoff_guard_engage()
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        _ = handoff_guard_capture_stderr(folder)
    }

    /// Once curses knows the terminal: the bytes that undo what it did to the screen, for the
    /// signal handlers to write.
    static func arm(resetSequence: [UInt8]) {
        resetSequence.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { handoff_guard_set_reset($0.baseAddress, $0.count) }
        }
    }

    /// After curses has ended: stderr and the default signal actions come back.
    static func release() {
        handoff_guard_release()
    }

    /// The quit signal received since the last call, or 0.
    static func takeSignal() -> Int32 { handoff_guard_take_signal() }

    /// True once the terminal's window or session has closed.
    static var terminalHungUp: Bool { handoff_guard_terminal_hung_up() != 0 }

    /// `HANDOFF_DEBUG_TRAP=trap|abort|segv` crashes the board on purpose once its first screen is
    /// drawn, so tests can prove the terminal is restored after a crash. Not for users.
    static func crashIfRequested(environment: [String: String]) {
        switch environment["HANDOFF_DEBUG_TRAP"] {
        case "trap": fatalError("HANDOFF_DEBUG_TRAP: a deliberate runtime trap")
        case "abort": abort()
        case "segv": UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
        default: break
        }
    }
}
