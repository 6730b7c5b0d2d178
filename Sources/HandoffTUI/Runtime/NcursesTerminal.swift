import CNcurses
import Foundation
import HandoffCore

/// The only code that talks to curses: it turns key codes into `Key`s and copies a ScreenBuffer to
/// the real terminal. Everything else is testable without a terminal.
public final class NcursesTerminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var pairs: [Role: Int16] = [:]
    private var theme: Theme = .builtIn
    /// What this terminal can show, decided once from curses and the environment (NO_COLOR).
    public let colorDepth: ColorDepth
    private var mouseEnabled = false

    /// Opens curses, runs `body`, and always restores the terminal, whether `body` returns or throws.
    public static func withSession<T>(environment: [String: String], _ body: (NcursesTerminal) throws -> T) throws -> T {
        let terminal = try NcursesTerminal(environment: environment)
        defer { terminal.close() }
        return try body(terminal)
    }

    private init(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw HandoffError.invalidInput(
                Message(.boardNeedsATerminal))
        }
        guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else {
            throw HandoffError.invalidInput(Message(.termIsNotSet))
        }
        // Without a UTF-8 locale, curses prints accents and emoji as garbage. Many machines have
        // no locale beyond C.UTF-8 generated, so fall back to it for character handling.
        if setlocale(LC_ALL, "") == nil || !String(cString: setlocale(LC_CTYPE, nil)).lowercased().contains("utf") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw HandoffError.storage(Message(.cannotOpenTheTerminal))
        }
        TerminalGuard.engage()
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting the process.
        guard let screen = newterm(nil, output, input) else {
            TerminalGuard.release()
            throw HandoffError.invalidInput(Message(.terminalTypeIsUnknown, "\(term)"))
        }
        self.screen = screen
        guard let window = handoff_stdscr() else {
            endwin()
            delscreen(screen)
            TerminalGuard.release()
            throw HandoffError.storage(Message(.cursesCouldNotCreate))
        }
        self.window = window
        TerminalGuard.arm(resetSequence: NcursesTerminal.resetSequence())
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        // NO_COLOR is decided before start_color, so a colourless session never touches the palette.
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
        }
        colorDepth = ColorDepth.decide(
            environment: environment, hasColors: has_colors(), colors: Int(handoff_colors()),
            canChangeColor: can_change_color())
    }

    /// Sets every role's colour pair (and, in true colour, the exact colours) for `theme`.
    public func apply(_ theme: Theme) {
        self.theme = theme
        let plan = ColorPlan.make(theme: theme, depth: colorDepth)
        // init_color takes each channel from 0 to 1000.
        for colour in plan.redefinitions {
            init_color(
                Int16(colour.index), Int16(colour.red * 1000 / 255), Int16(colour.green * 1000 / 255), Int16(colour.blue * 1000 / 255))
        }
        for (offset, role) in Role.allCases.enumerated() {
            guard let colours = plan.pairs[role] else { continue }
            let pair = Int16(offset + 1)
            init_pair(pair, Int16(colours.foreground), Int16(colours.background))
            pairs[role] = pair
        }
        // Attributes from the new theme (bold, reverse) are not pair changes: repaint everything.
        redrawwin(window)
    }

    /// Captures the mouse, or gives it back to the terminal so text can be selected again.
    public func setMouse(enabled: Bool) {
        guard enabled != mouseEnabled else { return }
        mouseEnabled = enabled
        // Without a click interval, a press is reported at once instead of after a pause.
        mouseinterval(0)
        _ = mousemask(enabled ? handoff_mouse_all_events() : 0, nil)
    }

    private func close() {
        if mouseEnabled { _ = mousemask(0, nil) }
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

    /// Waits up to `timeout` milliseconds for a key or a mouse event; nil when none came (a tick).
    /// `readAction`, returning early (with nil) when `descriptor` becomes readable: a board on a
    /// server wakes as soon as another machine's commit is announced on its connection, instead
    /// of at the end of the wait.
    public func readAction(timeout: Int32, wakingOn descriptor: Int32?) -> Action? {
        guard let descriptor else { return readAction(timeout: timeout) }
        // Keys curses has already read from the terminal come first.
        if let action = readAction(timeout: 0) { return action }
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, 2, timeout) > 0, descriptors[0].revents != 0 else { return nil }
        return readAction(timeout: 0)
    }

    public func readAction(timeout: Int32) -> Action? {
        wtimeout(window, timeout)
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == ERR { return nil }
        if result == KEY_CODE_YES {
            if Int32(code) == KEY_MOUSE { return readMouse().map { .mouse($0) } }
            return NcursesTerminal.decodeFunctionKey(Int32(code)).map { .key($0) }
        }
        return NcursesTerminal.decodeCharacter(UInt32(code)).map { .key($0) }
    }

    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        switch handoff_mouse_kind(event.bstate) {
        case 1: return MouseEvent(x: Int(event.x), y: Int(event.y), kind: .press)
        case 4: return MouseEvent(x: Int(event.x), y: Int(event.y), kind: .wheelUp)
        case 5: return MouseEvent(x: Int(event.x), y: Int(event.y), kind: .wheelDown)
        default: return nil
        }
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
                    let reachesCorner =
                        y == height - 1 && (x == width - 1 || (x == width - 2 && x + 1 < rowWidth && buffer[x + 1, y].text.isEmpty))
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
        let emphasis = TerminalEmphasis.of(style, theme: theme, depth: colorDepth)
        var attributes = handoff_attr_normal()
        if emphasis.bold { attributes |= handoff_attr_bold() }
        if emphasis.reverse { attributes |= handoff_attr_reverse() }
        if emphasis.underline { attributes |= handoff_attr_underline() }
        if emphasis.dim { attributes |= handoff_attr_dim() }
        wattr_set(window, attributes, pairs[style.role] ?? 0, nil)
    }
}
