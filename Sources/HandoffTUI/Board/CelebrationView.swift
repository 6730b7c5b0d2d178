import HandoffCore

/// A win over any screen: the meeting's banner (the amount, the deal, the marketer and campaign
/// that sourced it, the rep who closed it) in a box across the upper third, on its own ground so
/// the board under it never shows through.
enum CelebrationView {
    static func draw(_ banner: CelebrationBanner, into buffer: inout ScreenBuffer, strings: Strings, glyphs: Glyphs) {
        let room = min(buffer.width - 4, 64)
        guard room >= 20, buffer.height >= 10 else { return }
        let lines = MeetingView.bannerLines(banner.win, currency: banner.currency, strings: strings, glyphs: glyphs)
        // The box as the banner draws it: as wide as its longest line, within the room.
        let width = min(room, max(40, lines.map { TerminalText.width($0.0) }.max() ?? 0) + 4)
        let rows =
            lines.reduce(0) { $0 + (TerminalText.width($1.0) <= width - 4 ? 1 : TerminalText.wrap($1.0, to: max(4, width - 4)).count) } + 2
        let x = (buffer.width - width) / 2
        let y = max(1, buffer.height / 4)
        buffer.fill(Rect(x: x - 1, y: y - 1, width: width + 2, height: rows + 2))
        MeetingView.drawBanner(
            banner.win, currency: banner.currency, x: x, y: y, width: width, strings: strings, into: &buffer, glyphs: glyphs)
    }
}
