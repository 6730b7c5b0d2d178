import Foundation
import HandoffCore

/// The board's settings a team may change: for now its currency. Every amount on the board is in
/// it (values, won amounts, revenue), so it is one setting for the board, not per person, and a
/// change is recorded in the board's audit like a stage's.
extension Store {
    /// The settings a person may list and set, with what they hold.
    public static let settingKeys = ["currency"]

    /// Each setting and its value; the currency is EUR until someone sets it.
    public func settings() throws -> [(key: String, value: String, isSet: Bool)] {
        let stored = try setting("currency")
        return [("currency", stored ?? "EUR", stored != nil)]
    }

    /// Whether the board's currency was ever set (by hand or by an import whose amounts named one).
    public func currencyIsSet() throws -> Bool { try setting("currency") != nil }

    /// Sets the board's currency to an ISO 4217 code (`USD`); needs `edit_stages` (admins).
    public func setCurrency(_ text: String, actor: String, at now: Int64 = Timestamp.now()) throws {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw HandoffError.invalidInput(Message(.currencyIsAThree, "\(text)"))
        }
        try connection.transaction {
            try require(.editStages, actor: actor)
            let before = try setting("currency")
            guard before != code else { return }
            try setSetting("currency", code)
            try appendBoardEvent(
                kind: BoardEvent.Kind.settingChanged, subject: "currency", detail: "\(before ?? "EUR") -> \(code)", actor: actor, at: now)
        }
    }

    /// The currency an import found in its amounts, on a board whose currency was never set:
    /// inside the import's transaction, with its board event.
    func adoptCurrency(_ code: String, actor: String, at now: Int64) throws {
        try setSetting("currency", code)
        try appendBoardEvent(kind: BoardEvent.Kind.settingChanged, subject: "currency", detail: "\(code) (import)", actor: actor, at: now)
    }

    /// A setting by its name as people type it, or why there is none.
    public func checkSettingKey(_ key: String) throws {
        guard Store.settingKeys.contains(key) else {
            throw HandoffError.invalidInput(Message(.isNotASetting, "\(key)", "\(Store.settingKeys.joined(separator: ", "))"))
        }
    }
}
