import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

@Suite struct ThemeTests {
    let catalog = ThemeCatalog(folder: Repository.themes)

    @Test func everyShippedThemeParsesAndSetsEveryRole() throws {
        #expect(catalog.names == ["default", "high-contrast", "light", "projector", "solarized-dark"])
        for name in catalog.names {
            let text = try String(contentsOfFile: Repository.themes + "/\(name).theme", encoding: .utf8)
            let document = try ThemeParser.parse(text, roles: Theme.roleNames).get()
            #expect(
                Set(document.entries.keys) == Theme.roleNames, "\(name) leaves out \(Theme.roleNames.subtracting(document.entries.keys))")
            #expect(!document.description.isEmpty, "\(name) has no description")
            let theme = try catalog.load(name, strings: .english).get()
            #expect(theme.name == name)
        }
        #expect(try catalog.load("projector", strings: .english).get().layout == .projector)
        #expect(try catalog.load("light", strings: .english).get().layout == .standard)
    }

    @Test func theDefaultFileIsTheBuiltInFallback() throws {
        #expect(try catalog.load("default", strings: .english).get() == Theme.builtIn)
        // With no folder at all, "default" still works and other names are refused.
        let none = ThemeCatalog(folder: nil)
        #expect(try none.load("default", strings: .english).get() == Theme.builtIn)
        #expect(none.names == ["default"])
    }

    @Test func aBadFileNamesTheFileTheLineAndTheProblem() throws {
        let board = TemporaryBoard()
        let path = board.folder + "/mine.theme"
        try "# mine\nnormal = default\ntitle = blu bold\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(
            catalog.load(path, strings: .english)
                == .failure(ThemeLoadError("\(path), line 3: unknown colour 'blu'; use a name (red, bright-blue, grey), 0-255 or #rrggbb")))
        #expect(
            catalog.load("nope", strings: .english)
                == .failure(ThemeLoadError("no theme 'nope'; themes: default, high-contrast, light, projector, solarized-dark")))
        #expect(
            catalog.load(board.folder + "/missing.theme", strings: Strings(.spanish))
                == .failure(ThemeLoadError("no se puede leer \(board.folder)/missing.theme")))
        // A file given by path that is fine is read, named after the file.
        try "title = red\n".write(toFile: path, atomically: true, encoding: .utf8)
        let mine = try catalog.load(path, strings: .english).get()
        #expect(mine.name == "mine" && mine.color(for: .title) == ThemeEntry(.index(1)))
        #expect(mine.color(for: .muted) == Theme.builtIn.color(for: .muted))
    }

    @Test func colourPlansFallBackByDepth() throws {
        let builtIn = Theme.builtIn
        #expect(ColorPlan.make(theme: builtIn, depth: .none).pairs.isEmpty)
        let eight = ColorPlan.make(theme: builtIn, depth: .eight)
        // Grey text becomes white, not cyan; the dark grey bar (236 = 48,48,48) becomes black.
        #expect(eight.pairs[.muted] == ColorPlan.Pair(foreground: 7, background: -1))
        #expect(eight.pairs[.statusBar] == ColorPlan.Pair(foreground: 7, background: 0))
        let palette = ColorPlan.make(theme: builtIn, depth: .palette256)
        #expect(palette.pairs[.statusBar] == ColorPlan.Pair(foreground: 15, background: 236))
        #expect(palette.redefinitions.isEmpty)

        let solarized = try catalog.load("solarized-dark", strings: .english).get()
        let exact = ColorPlan.make(theme: solarized, depth: .trueColor)
        // Thirteen different colours, given the top thirteen palette entries in role order.
        #expect(exact.redefinitions.count == 13)
        #expect(exact.redefinitions.first == ColorPlan.Redefinition(index: 255, red: 0x83, green: 0x94, blue: 0x96))
        #expect(exact.pairs[.normal] == ColorPlan.Pair(foreground: 255, background: 254))
        #expect(exact.pairs[.muted] == ColorPlan.Pair(foreground: 253, background: 254))
        // Without true colour the same file gets the nearest of the 256 by the redmean distance:
        // base03 (0,43,54) is 3,843 from grey 235 (38,38,38), nearer than cube 17 (0,0,95) at 12,432;
        // base0 (131,148,150) is nearest grey 246 (148,148,148).
        let nearest = ColorPlan.make(theme: solarized, depth: .palette256)
        #expect(nearest.redefinitions.isEmpty)
        #expect(nearest.pairs[.normal] == ColorPlan.Pair(foreground: 246, background: 235))

        // An entry the theme names by number is never redefined for an exact colour.
        let mixed = Theme(name: "mixed", colors: [.muted: ThemeEntry(.index(255)), .title: ThemeEntry(.rgb(red: 1, green: 2, blue: 3))])
        let plan = ColorPlan.make(theme: mixed, depth: .trueColor)
        #expect(plan.redefinitions == [ColorPlan.Redefinition(index: 254, red: 1, green: 2, blue: 3)])
        #expect(plan.pairs[.title] == ColorPlan.Pair(foreground: 254, background: -1))
        #expect(plan.pairs[.muted] == ColorPlan.Pair(foreground: 255, background: -1))
    }

    @Test func withoutColourMeaningIsCarriedByEmphasis() {
        let theme = Theme.builtIn
        func none(_ style: Style) -> TerminalEmphasis { TerminalEmphasis.of(style, theme: theme, depth: .none) }
        #expect(none(Style(.selected)) == TerminalEmphasis(reverse: true))
        #expect(none(Style(.statusBar)) == TerminalEmphasis(reverse: true))
        #expect(none(Style(.tabActive, bold: true)) == TerminalEmphasis(bold: true, underline: true))
        #expect(none(Style(.danger)) == TerminalEmphasis(bold: true, underline: true))
        #expect(none(Style(.warning)) == TerminalEmphasis(bold: true))
        #expect(none(Style(.title)) == TerminalEmphasis(bold: true))
        #expect(none(Style(.muted)) == TerminalEmphasis(dim: true))
        #expect(none(Style(.sales, bold: true, reverse: true)) == TerminalEmphasis(bold: true, reverse: true))
        #expect(none(Style(.normal)) == TerminalEmphasis())
        // With colour, the theme's emphasis is added to the style's.
        let projector = Theme(name: "p", colors: [.normal: ThemeEntry(.index(16), on: .index(231), bold: true)])
        #expect(TerminalEmphasis.of(Style(.normal), theme: projector, depth: .palette256) == TerminalEmphasis(bold: true))
        #expect(TerminalEmphasis.of(Style(.muted), theme: theme, depth: .palette256) == TerminalEmphasis())
    }
}
