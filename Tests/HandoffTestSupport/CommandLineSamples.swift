import HandoffStore

/// Command lines a person or a script types against a demo board, with real lead ids: the seeds
/// the command-line fuzzer mutates.
public enum CommandLineSamples {
    public static func invocations(board path: String) -> [[String]] {
        let store = try? Store(path: path, readOnly: true)
        func lead(in stage: String) -> String {
            (try? store?.page(stage: stage, after: nil, limit: 1).first).flatMap { $0 }.map { String($0.id) } ?? "1"
        }
        let waiting = lead(in: "mql"), proposal = lead(in: "proposal"), fresh = lead(in: "lead")
        return [
            ["move", fresh, "nurture", "--as", "lucia"], ["move", proposal, "negotiation", "--as", "tom"],
            ["accept", waiting, "--as", "tom"], ["accept", waiting, "--owner", "ana", "--as", "javier"],
            ["reject", waiting, "--reason", "no_budget", "--as", "tom"],
            ["reject", waiting, "--reason", "other", "--comment", "moved abroad"],
            ["won", proposal, "--amount", "18.5k", "--as", "ana"], ["lost", proposal, "--reason", "price"],
            ["note", fresh, "called,", "will", "call", "back", "--due", "+3", "--as", "sarah"], ["note", proposal, "sent the contract"],
            ["inbox"], ["inbox", "--json", "--filter", "overdue", "--limit", "5"], ["inbox", "--as", "tom", "--filter", "mine"],
            ["feedback", "--by", "campaign", "--days", "90"], ["feedback", "--json"],
            ["snapshot", "--view", "inbox", "--width", "100", "--height", "30"], ["snapshot", "--width", "20", "--height", "5"],
            ["undo", "--as", "tom"], ["redo", "--as", "tom"], ["check"], ["--version"], ["move", "--help"], ["--help"],
            ["--as", "tom", "--read-only", "inbox"], ["init"],
            ["log", "--since", "7d", "--actor", "tom"], ["log", "--lead", proposal, "--json"], ["member", "list"],
        ]
    }
}
