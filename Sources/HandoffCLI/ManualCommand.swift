import Foundation
import HandoffCore

/// `handoff manual`: the manual page in roff (`handoff manual | man -l -`), from the command
/// definitions; `make install` installs it as handoff(1).
enum ManualCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "manual", summary: Message(.printTheManualPage))

    static func run(_ context: CommandContext) throws -> Int32 {
        // The date of the build's source, not of today: the same binary always prints the same page.
        context.printVerbatim(
            ManualPage.roff(
                parser: HandoffCommandLine.parser(strings: context.strings), version: HandoffCommandLine.version,
                date: HandoffCommandLine.releaseDate))
        return 0
    }
}
