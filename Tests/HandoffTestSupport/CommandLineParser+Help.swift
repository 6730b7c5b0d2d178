import Foundation
import HandoffCore

extension CommandLineParser {
    /// The parser of a built `handoff`, read back from its own `--help` texts: every command,
    /// its arguments and options, whichever branch added them. The fuzzer and the parsing tests
    /// use it, so they test the commands that ship instead of a copy of them.
    public static func readFromHelp(of binary: String) throws -> CommandLineParser {
        func help(_ arguments: [String]) throws -> [String] {
            let process = try SpawnedProcess([binary] + arguments)
            guard process.waitBlocking() == 0 else { throw ChildProcess.Failure(description: "\(arguments) --help failed: \(process.errorText)") }
            return process.outputText.components(separatedBy: "\n")
        }
        let overview = try help(["--help"])
        guard let start = overview.firstIndex(of: "commands:") else { throw ChildProcess.Failure(description: "no command list in handoff --help") }
        let names = overview[(start + 1)...].prefix { !$0.isEmpty }.compactMap { $0.split(separator: " ").first.map(String.init) }
        var specs: [CommandSpec] = []
        var global: [OptionSpec]?
        for name in names {
            let text = try help([name, "--help"])
            guard let usage = text.first, usage.hasPrefix("usage: handoff") else { throw ChildProcess.Failure(description: "\(name) --help has no usage line") }
            var words = usage.split(separator: " ").map(String.init).dropFirst(2)
            if words.first == name { words = words.dropFirst() }
            var arguments: [String] = [], optional = 0
            var index = words.startIndex
            while index < words.endIndex, words[index] != "[options]" {
                let word = words[index]
                if word.hasPrefix("--") {
                    index += 2  // a required option and its value; the options list has it too
                    continue
                }
                if word.hasPrefix("[") {
                    optional += 1
                    arguments.append(String(word.dropFirst().dropLast()))
                } else {
                    arguments.append(word)
                }
                index += 1
            }
            let required = Set(words.filter { $0.hasPrefix("--") })
            var options: [OptionSpec] = []
            if let listStart = text.firstIndex(of: "options:") {
                for line in text[(listStart + 1)...].prefix(while: { $0.hasPrefix("  ") }) {
                    let columns = line.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").filter { !$0.isEmpty }
                    let head = columns[0].split(separator: " ").map(String.init)
                    guard head[0] != "--help" else { continue }
                    options.append(OptionSpec(head[0], value: head.count > 1 ? head[1] : nil, required: required.contains(head[0]),
                                              Message(verbatim: columns.dropFirst().joined(separator: " "))))
                }
            }
            global = global.map { known in known.filter { option in options.contains { $0.name == option.name } } } ?? options
            specs.append(CommandSpec(name: name, summary: "", arguments: arguments, optionalArguments: optional, options: options))
        }
        let globalOptions = global ?? []
        let commands = specs.map { spec in
            var own = spec
            own.options = spec.options.filter { option in !globalOptions.contains { $0.name == option.name } }
            return own
        }
        return CommandLineParser(program: "handoff", defaultCommand: "board", commands: commands, globalOptions: globalOptions)
    }
}
