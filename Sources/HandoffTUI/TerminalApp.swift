import CNcurses
import HandoffCore
import HandoffStore

/// The interactive loop: draw, wait briefly for a key, notice other terminals' commits, repeat.
public enum TerminalApp {
    /// Milliseconds between checks for other terminals' changes when no key is pressed.
    static let tickMilliseconds: Int32 = 100

    public static func run(runtime: AppRuntime, theme: Theme, colorEnabled: Bool, environment: [String: String] = [:]) throws {
        try NcursesTerminal.withSession(theme: theme, colorEnabled: colorEnabled) { terminal in
            let size = terminal.size
            runtime.send(.resized(width: size.width, height: size.height))
            var lastFrame: ScreenBuffer?
            while !runtime.state.shouldQuit {
                if TerminalGuard.takeSignal() != 0 || TerminalGuard.terminalHungUp { break }
                let frame = runtime.render()
                if frame != lastFrame {
                    terminal.draw(frame)
                    if lastFrame == nil { TerminalGuard.crashIfRequested(environment: environment) }
                    lastFrame = frame
                }
                if let key = terminal.readKey(timeout: tickMilliseconds) {
                    if key == .resize {
                        let size = terminal.size
                        runtime.send(.resized(width: size.width, height: size.height))
                        lastFrame = nil
                    } else {
                        runtime.send(.key(key))
                    }
                }
                runtime.pollForChanges()
            }
        }
    }
}
