import HandoffTUI

extension TmuxSession {
    /// Polls until the terminal shows exactly what `runtime` renders now (trailing spaces aside):
    /// what curses and tmux drew, cell for cell, is what the renderer computed. The runtime is
    /// ticked on each poll, so clocks on screen agree.
    @discardableResult
    public func waitUntilShowing(_ runtime: AppRuntime, timeout: Double = 20) throws -> (matched: Bool, screen: String, expected: String) {
        var expected: [String] = []
        let result = try waitFor(timeout: timeout) { screen in
            runtime.pollForChanges()
            var buffer = runtime.render()
            // The terminal never shows the bottom-right cell: writing there would scroll the screen.
            if buffer.width > 0 && buffer.height > 0 { buffer.put(" ", x: buffer.width - 1, y: buffer.height - 1) }
            expected = TmuxSession.trimmedLines(buffer.text)
            return TmuxSession.trimmedLines(screen) == expected
        }
        return (result.matched, result.screen, expected.joined(separator: "\n"))
    }

    static func trimmedLines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n").map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }
}
