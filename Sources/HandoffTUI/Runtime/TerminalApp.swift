import HandoffCore
import HandoffStore

/// The interactive loop: draw, wait briefly for a key, notice other terminals' commits, repeat.
public enum TerminalApp {
    /// `environment` decides the colours (NO_COLOR, COLORTERM); the theme, the mouse and the rest
    /// come from the runtime's state, and follow it when `:theme` or `:mouse` change it.
    public static func run(runtime: AppRuntime, environment: [String: String]) throws {
        try NcursesTerminal.withSession(environment: environment) { terminal in
            let size = terminal.size
            runtime.send(.resized(width: size.width, height: size.height))
            var lastFrame: ScreenBuffer?
            var appliedTheme: Theme?
            runtime.drawFrame = { frame in
                terminal.draw(frame)
                lastFrame = frame
            }
            defer { runtime.drawFrame = nil }
            while !runtime.state.shouldQuit {
                if TerminalGuard.takeSignal() != 0 || TerminalGuard.terminalHungUp { break }
                if runtime.state.theme != appliedTheme {
                    terminal.apply(runtime.state.theme)
                    appliedTheme = runtime.state.theme
                    lastFrame = nil
                }
                terminal.setMouse(enabled: runtime.state.mouseEnabled)
                let frame = runtime.render()
                if frame != lastFrame {
                    terminal.draw(frame)
                    if lastFrame == nil { TerminalGuard.crashIfRequested(environment: environment) }
                    lastFrame = frame
                }
                // Off the path from a key to its frame: the frame is on screen already.
                runtime.publishMeetingPosition()
                if let action = terminal.readAction(timeout: AppRuntime.pollMilliseconds, wakingOn: runtime.store.changeDescriptor) {
                    if case .key(.resize) = action {
                        let size = terminal.size
                        runtime.send(.resized(width: size.width, height: size.height))
                        lastFrame = nil
                    } else {
                        runtime.send(action)
                    }
                } else {
                    runtime.idle()
                }
                runtime.pollForChanges()
            }
        }
    }
}
