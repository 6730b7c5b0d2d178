/// The follow-ups a win schedules on its account, a board setting (`settings.follow_up_schedule`):
/// `kickoff=3wd,checkin=30d,review=90d` is a kick-off three working days after the win (in the
/// customer team's working calendar), a check-in after 30 days and a review after 90.
public struct FollowUpSchedule: Sendable, Equatable, CustomStringConvertible {
    public struct Step: Sendable, Equatable {
        public var kind: FollowUpKind
        public var amount: Int
        /// Working days of the team's calendar, or calendar days.
        public var workingDays: Bool

        public init(kind: FollowUpKind, amount: Int, workingDays: Bool) {
            self.kind = kind
            self.amount = amount
            self.workingDays = workingDays
        }

        /// When the step falls due after a win at `won`.
        public func due(after won: Int64, calendar: WorkingCalendar) -> Int64 {
            guard workingDays else { return won + Int64(amount) * 86_400 }
            return calendar.adding(workingSeconds: Int64(amount) * calendar.secondsPerDay, to: won)
        }
    }

    public var steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps
    }

    public static let standard = FollowUpSchedule(steps: [
        Step(kind: .kickoff, amount: 3, workingDays: true), Step(kind: .checkin, amount: 30, workingDays: false),
        Step(kind: .review, amount: 90, workingDays: false),
    ])

    /// The setting's text, which `parse` reads back.
    public var description: String {
        steps.map { "\($0.kind.rawValue)=\($0.amount)\($0.workingDays ? "wd" : "d")" }.joined(separator: ",")
    }

    /// Reads `kickoff=3wd,checkin=30d,review=90d`; `none` (or nothing) schedules nothing.
    public static func parse(_ text: String) -> Result<FollowUpSchedule, HandoffError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "none" { return .success(FollowUpSchedule(steps: [])) }
        var steps: [Step] = []
        for part in trimmed.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let scheduled = [FollowUpKind.kickoff, .checkin, .review]
            guard pieces.count == 2, let kind = FollowUpKind(rawValue: pieces[0]), scheduled.contains(kind) else {
                return .failure(
                    .invalidInput(
                        Message(.isNotAStep, "\(String(part))")))
            }
            let working = pieces[1].hasSuffix("wd")
            let digits = pieces[1].dropLast(working ? 2 : (pieces[1].hasSuffix("d") ? 1 : 0))
            guard let amount = Int(digits), (0...3_650).contains(amount) else {
                return .failure(
                    .invalidInput(
                        Message(.delayIsAWhole, "\(String(part))")))
            }
            steps.append(Step(kind: kind, amount: amount, workingDays: working))
        }
        return .success(FollowUpSchedule(steps: steps))
    }
}
