import Foundation

/// Folders shipped beside the program (`sample-data/`, `themes/`): found from the executable's
/// checkout or install prefix, else the working directory, unless an environment variable names one.
public enum ResourceFolder {
    /// The first `name` folder holding `marker`, looking up from the executable (a build folder
    /// sits a few levels inside the checkout) and in `share/handoff/`.
    public static func locate(_ name: String, marker: String, executable: String, override: String?) -> String? {
        if let override, !override.isEmpty { return override }
        var candidates: [String] = []
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent(name).path)
            candidates.append(directory.appendingPathComponent("share/handoff/" + name).path)
            directory.deleteLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/" + name)
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/" + marker) }
    }
}
