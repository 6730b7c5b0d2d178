import Foundation

/// Reads the due date of a next step or an action item: a day (due by the end of that day, UTC)
/// or a moment, typed as `DateInput` reads them in the person's language (`2026-11-25`,
/// `2026-11-25 14:00`; in Spanish also `25/11/2026`, `25/11/2026 14:00`), or `+3` for three days
/// from now.
public enum DueDate {
    public static func parse(_ text: String, now: Int64, language: Language, forActionItem: Bool = false) -> Result<Int64, HandoffError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let due: Int64
        if trimmed.hasPrefix("+") {
            guard let days = Int(trimmed.dropFirst().filter { $0 != "d" }), (1...3_650).contains(days) else {
                return .failure(.invalidInput(Message(.isNotANumber, "\(text)")))
            }
            due = now + Int64(days) * 86_400
        } else if let moment = DateInput.moment(trimmed, language: language) {
            due = moment.hasTime ? moment.seconds : moment.seconds + 86_399
        } else {
            return .failure(.invalidInput(Message(.isNotADateWrite, "\(text)")))
        }
        if due <= now {
            return .failure(
                .invalidInput(
                    forActionItem
                        ? Message(.hasPassedAnAction, "\(date: due)")
                        : Message(.hasPassedANext, "\(date: due)")))
        }
        return .success(due)
    }
}
