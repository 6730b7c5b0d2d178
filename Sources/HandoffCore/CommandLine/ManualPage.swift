import Foundation

/// `handoff(1)` in roff, written from the same command definitions as `--help`, so the manual
/// never describes a command or an option that is not there.
public enum ManualPage {
    public static func roff(parser: CommandLineParser, version: String, date: String) -> String {
        let strings = parser.strings
        var lines = [
            ".TH HANDOFF 1 \(quoted(date)) \(quoted("handoff " + version)) \(quoted("User Commands"))",
            ".SH NAME",
            "handoff \\- the pipeline board that marketing and sales share",
            ".SH SYNOPSIS",
            ".B handoff",
            "[\\fICOMMAND\\fR] [\\fIoptions\\fR]",
            ".SH DESCRIPTION",
            escaped(
                """
                Handoff is a full-screen terminal board over one database: the marketing stages (new lead, nurturing, MQL), \
                the handoff, the sales stages and the outcome. Every change is one transaction with its event in the log, \
                so both teams read the same history. With no command, handoff opens the board.
                """),
            ".SH COMMANDS",
        ]
        for command in parser.commands {
            let verbs: [CommandSpec?] = command.subcommands.isEmpty ? [nil] : command.subcommands
            for verb in verbs {
                let spec = verb ?? command
                lines.append(".TP")
                lines.append(".B " + escaped(parser.synopsis(for: command, subcommand: verb)))
                lines.append(escaped(strings(spec.summary)))
                if !spec.details.isEmpty {
                    lines.append(".RS")
                    lines.append(".PP")
                    lines.append(escaped(strings(spec.details)))
                    lines.append(".RE")
                }
                for option in spec.options { lines += self.option(option, strings: strings, indented: true) }
            }
        }
        lines.append(".SH OPTIONS")
        lines.append("Every command takes these, and \\fB\\-\\-help\\fR.")
        for option in parser.globalOptions { lines += self.option(option, strings: strings, indented: false) }
        lines += [
            ".SH ENVIRONMENT",
            ".TP", ".B HANDOFF_DB", escaped("the board's file when --db is not given"),
            ".TP", ".B HANDOFF_THEME", escaped("the theme when --theme is not given; HANDOFF_THEMES names another folder of themes"),
            ".TP", ".B LC_ALL, LC_MESSAGES, LANG", escaped("the language (es gives Spanish) when --lang is not given"),
            ".TP", ".B NO_COLOR", escaped("when set to anything but empty, no colour is used; meaning is carried by emphasis"),
            ".SH FILES",
            escaped("Themes and the demo data are read from share/handoff/ beside the installed program (themes/ and sample-data/)."),
            ".SH EXIT STATUS",
            escaped("0 when the command did what it was asked, 1 when it could not (nothing was changed), 2 for a usage mistake."),
            ".SH SEE ALSO",
            escaped("The README and docs/ of the Handoff source."),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func option(_ option: OptionSpec, strings: Strings, indented: Bool) -> [String] {
        var lines = indented ? [".RS", ".TP"] : [".TP"]
        lines.append("\\fB" + escaped(option.name) + "\\fR" + (option.valueName.map { " \\fI" + escaped($0) + "\\fR" } ?? ""))
        lines.append(escaped(strings(option.summary)))
        if indented { lines.append(".RE") }
        return lines
    }

    /// Text roff shows as written: backslashes and hyphens escaped, no line taken for a request.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line) }
            .joined(separator: "\n")
    }

    private static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "'") + "\"" }
}
