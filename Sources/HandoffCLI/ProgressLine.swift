import Foundation

/// Progress of long work on stderr: one line rewritten in place on a terminal, plain lines when
/// stderr is a file or a pipe. Nothing at all for work that ends before the first report.
final class ProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var shown = false

    func show(_ text: String) {
        shown = true
        FileHandle.standardError.write(Data((isTerminal ? "\r\u{1B}[K" + text : text + "\n").utf8))
    }

    /// Ends the line so the next output starts on its own.
    func end() {
        if shown && isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
