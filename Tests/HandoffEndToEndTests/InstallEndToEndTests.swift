import Foundation
import HandoffTestSupport
import Testing

/// `make install` as a user runs it: the release build, its themes and demo data, the manual page
/// and the shell completions under a prefix, then used from another folder; `make uninstall`
/// takes every file back out.
@Suite struct InstallEndToEndTests {
    struct Run {
        var status: Int32
        var output: String
    }

    func run(_ command: String, in folder: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    @Test func anInstalledHandoffFindsItsFilesFromAnywhereAndUninstallsClean() throws {
        try HandoffBinary.requireBuilt(HandoffBinary.releasePath)
        let prefix = TemporaryBoard(), elsewhere = TemporaryBoard()
        // SWIFT=true: the release build `make test` made is installed as it is, not built again.
        let installed = try run("make install PREFIX='\(prefix.folder)' SWIFT=true", in: Repository.root)
        #expect(installed.status == 0, "\(installed.output)")
        let handoff = prefix.folder + "/bin/handoff"
        for file in [
            "/share/handoff/themes/light.theme", "/share/handoff/sample-data", "/share/man/man1/handoff.1",
            "/share/bash-completion/completions/handoff", "/share/zsh/site-functions/_handoff",
            "/share/fish/vendor_completions.d/handoff.fish",
        ] {
            #expect(FileManager.default.fileExists(atPath: prefix.folder + file), "\(file) was not installed")
        }
        let demo = try run("'\(handoff)' demo --db '\(elsewhere.path)' --no-open", in: elsewhere.folder)
        #expect(demo.status == 0 && demo.output.contains("Demo board with 348 leads"), "\(demo.output)")
        let themed = try run("'\(handoff)' snapshot --db '\(elsewhere.path)' --theme light --width 80 --height 14", in: elsewhere.folder)
        #expect(themed.status == 0 && themed.output.contains("MARKETING") && !themed.output.contains("theme"), "\(themed.output)")
        let completion = try run(
            "source <('\(handoff)' completion bash); complete -p handoff; COMP_WORDS=(handoff report --format ''); COMP_CWORD=3; _handoff; echo \"${COMPREPLY[*]}\"",
            in: elsewhere.folder)
        #expect(completion.output == "complete -o filenames -F _handoff handoff\nmarkdown json\n", "\(completion.output)")
        let manual = try run("man -l '\(prefix.folder)/share/man/man1/handoff.1' | col -b", in: elsewhere.folder)
        #expect(
            manual.output.contains("handoff won LEAD --amount N") && manual.output.contains("EXIT STATUS"), "\(manual.output.prefix(400))")
        let removed = try run("make uninstall PREFIX='\(prefix.folder)'", in: Repository.root)
        #expect(removed.status == 0)
        let left =
            FileManager.default.enumerator(atPath: prefix.folder)?.compactMap { $0 as? String }.filter { path in
                var directory: ObjCBool = false
                return FileManager.default.fileExists(atPath: prefix.folder + "/" + path, isDirectory: &directory) && !directory.boolValue
            } ?? []
        #expect(left.filter { !$0.hasPrefix("board.db") } == [], "left behind: \(left)")
    }
}
