import Foundation
import HandoffCLI

exit(HandoffCommandLine.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
