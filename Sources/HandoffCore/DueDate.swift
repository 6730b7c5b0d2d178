import Foundation

/// Reads the due date of a next step: `2026-11-25` (due by the end of that day, UTC),
/// `2026-11-25 14:00`, or `+3` for three days from now.
public enum DueDate {
    public static func parse(_ text: String, now: Int64) -> Result<Int64, HandoffError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let due: Int64
        if trimmed.hasPrefix("+") {
            guard let days = Int(trimmed.dropFirst().filter { $0 != "d" }), (1...3_650).contains(days) else {
                return .failure(.invalidInput("'\(text)' is not a number of days; write +3 for three days from now"))
            }
            due = now + Int64(days) * 86_400
        } else if trimmed.count == 10, let midnight = Timestamp.parse(trimmed) {
            due = midnight + 86_399
        } else if let instant = Timestamp.parse(trimmed) {
            due = instant
        } else {
            return .failure(.invalidInput("'\(text)' is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM or +3"))
        }
        if due <= now { return .failure(.invalidInput("\(Timestamp.date(due)) has passed; a next step is due in the future")) }
        return .success(due)
    }
}
