import CNcurses
import Foundation
import HandoffCore

/// The only code that talks to curses: it turns key codes into `Key`s and copies a ScreenBuffer to
/// the real terminal. Everything else is testable without a terminal.
public final class NcursesTerminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var pairs: [Role: Int16] = [:]
    private let hasColor: Bool

    /// Opens curses, runs `body`, and always restores the terminal, whether `body` returns or throws.
    public static func withSession<T>(theme: Theme, colorEnabled: Bool, _ body: (NcursesTerminal) throws -> T) throws -> T {
        let terminal = try NcursesTerminal(theme: theme, colorEnabled: colorEnabled)
        defer { terminal.close() }
        return try body(terminal)
    }

    private init(theme: Theme, colorEnabled: Bool) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw HandoffError.invalidInput("the board needs a terminal: run it in a terminal window, or use `handoff snapshot` for text output")
        }
        guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else {
            throw HandoffError.invalidInput("TERM is not set, so the terminal type is unknown; set it (for example TERM=xterm-256color)")
        }
        // Without a UTF-8 locale, curses prints accents and emoji as garbage. Many machines have
        // no locale beyond C.UTF-8 generated, so fall back to it for character handling.
        if setlocale(LC_ALL, "") == nil || !String(cString: setlocale(LC_CTYPE, nil)).lowercased().contains("utf") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw HandoffError.storage("cannot open the terminal for writing")
        }
        TerminalGuard.engage()
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting the process.
        guard let screen = newterm(nil, output, input) else {
            TerminalGuard.release()
            throw HandoffError.invalidInput("the terminal type '\(term)' is unknown to this system's terminfo; try TERM=xterm-256color")
        }
        self.screen = screen
        guard let window = handoff_stdscr() else {
            endwin()
            delscreen(screen)
            TerminalGuard.release()
            throw HandoffError.storage("curses could not create the screen")
        }
        self.window = window
        TerminalGuard.arm(resetSequence: NcursesTerminal.resetSequence())
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        hasColor = colorEnabled && has_colors()
        if hasColor {
            start_color()
            use_default_colors()
            apply(theme)
        }
    }

    public func apply(_ theme: Theme) {
        guard hasColor else { return }
        let available = Int(handoff_colors())
        for (offset, role) in Role.allCases.enumerated() {
            let color = theme.color(for: role)
            func fit(_ index: Int) -> Int16 {
                if index < 0 { return -1 }
                if index < available { return Int16(index) }
                return Int16(index % 8)
            }
            let pair = Int16(offset + 1)
            init_pair(pair, fit(color.foreground), fit(color.background))
            pairs[role] = pair
        }
    }

    private func close() {
        endwin()
        delscreen(screen)
        TerminalGuard.release()
    }

    /// What endwin sends, from terminfo, for the crash handler to send without curses: leave the
    /// alternate screen and keypad mode, show the cursor, plain attributes; then mouse reporting
    /// and bracketed paste off, which terminals that never had them turned on ignore.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        return bytes + Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?2004l\r\n".utf8)
    }

    public var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    /// Waits up to `timeout` milliseconds for a key; nil when none came (a tick).
    public func readKey(timeout: Int32) -> Key? {
        wtimeout(window, timeout)
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return NcursesTerminal.decodeFunctionKey(Int32(code)) }
        return NcursesTerminal.decodeCharacter(UInt32(code))
    }

    static func decodeFunctionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default: return nil
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Copies the buffer to curses in runs of equal style; curses then sends only what changed.
    public func draw(_ buffer: ScreenBuffer) {
        let (width, height) = size
        var characters: [wchar_t] = []
        characters.reserveCapacity(width + 1)
        for y in 0..<min(height, buffer.height) {
            var x = 0
            let rowWidth = min(width, buffer.width)
            while x < rowWidth {
                let style = buffer[x, y].style
                let start = x
                characters.removeAll(keepingCapacity: true)
                while x < rowWidth && buffer[x, y].style == style {
                    // A character in the bottom-right cell makes curses scroll or fail; leave it blank.
                    let reachesCorner = y == height - 1 && (x == width - 1 || (x == width - 2 && x + 1 < rowWidth && buffer[x + 1, y].text.isEmpty))
                    if !reachesCorner {
                        for scalar in buffer[x, y].text.unicodeScalars { characters.append(wchar_t(bitPattern: scalar.value)) }
                    }
                    x += 1
                }
                setAttributes(for: style)
                characters.append(0)
                _ = characters.withUnsafeBufferPointer { mvwaddwstr(window, Int32(y), Int32(start), $0.baseAddress) }
            }
        }
        wrefresh(window)
    }

    private func setAttributes(for style: Style) {
        var attributes = handoff_attr_normal()
        if style.bold { attributes |= handoff_attr_bold() }
        if style.reverse { attributes |= handoff_attr_reverse() }
        if style.underline { attributes |= handoff_attr_underline() }
        var pair: Int16 = 0
        if hasColor, let rolePair = pairs[style.role] {
            pair = rolePair
        } else if !hasColor {
            // Without colour, meaning rides on emphasis alone so the board stays readable.
            switch style.role {
            case .selected, .tabActive: attributes |= handoff_attr_reverse()
            case .title, .danger, .warning: attributes |= handoff_attr_bold()
            case .muted: attributes |= handoff_attr_dim()
            default: break
            }
        }
        wattr_set(window, attributes, pair, nil)
    }
}
