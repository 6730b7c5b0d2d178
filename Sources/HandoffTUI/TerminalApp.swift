import CNcurses
import HandoffCore
import HandoffStore

/// The interactive loop: draw, wait briefly for a key, notice other terminals' commits, repeat.
public enum TerminalApp {
    public static func run(runtime: AppRuntime, theme: Theme, colorEnabled: Bool) throws {
        try NcursesTerminal.withSession(theme: theme, colorEnabled: colorEnabled) { terminal in
            let size = terminal.size
            runtime.send(.resized(width: size.width, height: size.height))
            var lastFrame: ScreenBuffer?
            while !runtime.state.shouldQuit {
                if terminal.takeSignal() != 0 { break }
                let frame = runtime.render()
                if frame != lastFrame {
                    terminal.draw(frame)
                    lastFrame = frame
                }
                if let key = terminal.readKey(timeout: AppRuntime.pollMilliseconds) {
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
