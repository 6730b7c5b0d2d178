import HandoffCore

/// Feedback for marketing under the inbox: by source or campaign, how many handoffs sales accepted
/// and rejected over the period, the acceptance rate, and the reasons given most.
enum FeedbackPanel {
    static func draw(into buffer: inout ScreenBuffer, inbox: InboxState, y: Int, height: Int, strings: Strings) {
        let band = Style(.marketing, bold: true, reverse: true)
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: band)
        let period = strings(.feedbackPeriod, inbox.period.days)
        let grouping = strings(inbox.grouping == .source ? .groupingSource : .groupingCampaign)
        var title = " \(strings(.feedbackTitle))  \(period) (p) · \(strings(.feedbackBy, grouping))"
        if let report = inbox.feedback, !report.rows.isEmpty {
            let total = report.total
            title +=
                " · "
                + [
                    strings(.feedbackAccepted, total.accepted), strings(.feedbackRejected, total.rejected),
                    strings(.feedbackAcceptance, strings.percent(total.acceptanceRate)),
                ].joined(separator: " · ")
        }
        buffer.putFitted(title, x: 0, y: y, width: buffer.width, style: band)
        guard let report = inbox.feedback, !report.rows.isEmpty else {
            buffer.putFitted(strings(.feedbackNone, period), x: 2, y: y + 2, width: buffer.width - 4, style: Style(.muted))
            return
        }
        let groupWidth = min(28, max(12, buffer.width / 5))
        let numbers = [(strings(.headerAccepted), 9), (strings(.headerRejected), 9), (strings(.headerRate), 6)]
        var x = 1
        buffer.putFitted(
            strings(report.grouping == .source ? .headerSource : .headerCampaign), x: x, y: y + 1, width: groupWidth,
            style: Style(.muted, bold: true))
        x += groupWidth + 1
        for (title, width) in numbers {
            buffer.putFitted(title, x: x, y: y + 1, width: width, style: Style(.muted, bold: true), alignRight: true)
            x += width + 1
        }
        let reasonsX = x + 1
        buffer.putFitted(
            strings(.headerWhy), x: reasonsX, y: y + 1, width: max(0, buffer.width - reasonsX - 1), style: Style(.muted, bold: true))
        let room = height - 2
        let shown = report.rows.count > room ? room - 1 : report.rows.count
        for (offset, row) in report.rows.prefix(max(0, shown)).enumerated() {
            let line = y + 2 + offset
            var x = 1
            buffer.putFitted(
                row.group.isEmpty ? strings(.feedbackNoGroup) : row.group, x: x, y: line, width: groupWidth,
                style: Style(.normal, bold: true))
            x += groupWidth + 1
            buffer.putFitted(strings.integer(row.accepted), x: x, y: line, width: 9, style: Style(.success), alignRight: true)
            x += 10
            buffer.putFitted(
                strings.integer(row.rejected), x: x, y: line, width: 9, style: Style(row.rejected > 0 ? .danger : .muted), alignRight: true)
            x += 10
            buffer.putFitted(
                strings.percent(row.acceptanceRate), x: x, y: line, width: 6, style: Style(role(for: row.acceptanceRate), bold: true),
                alignRight: true)
            let reasons = row.reasons.map { "\($0.code) \($0.count)" }.joined(separator: " · ")
            buffer.putFitted(reasons, x: reasonsX, y: line, width: max(0, buffer.width - reasonsX - 1), style: Style(.normal))
        }
        if shown < report.rows.count {
            buffer.putFitted(
                strings(.feedbackMore, report.rows.count - shown), x: 1, y: y + 2 + shown, width: buffer.width - 2, style: Style(.muted))
        }
    }

    /// Under half accepted is a problem to talk about; under three quarters, one to watch.
    static func role(for rate: Double?) -> Role {
        guard let rate else { return .muted }
        return rate < 0.5 ? .danger : rate < 0.75 ? .warning : .success
    }
}
