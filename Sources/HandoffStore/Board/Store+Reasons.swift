import HandoffCore

extension Store {
    /// A reason list in its order.
    public func reasons(_ kind: Reason.Kind) throws -> [Reason] {
        let statement = try connection.prepare("SELECT code, label FROM reasons WHERE kind = ? ORDER BY position, code")
        return try statement.rows([.text(kind.rawValue)]) { Reason(kind: kind, code: $0.string(0), label: $0.string(1)) }
    }

    func requireReason(_ code: String, kind: Reason.Kind) throws {
        let known = try reasons(kind)
        guard known.contains(where: { $0.code == code }) else {
            let code = TerminalText.sanitize(code), codes = known.map(\.code).joined(separator: ", ")
            if kind == .reject { throw HandoffError.invalidInput(Message(.unknownRejectionReasonReasons, "\(code)", "\(codes)")) }
            throw HandoffError.invalidInput(Message(.unknownLossReasonReasons, "\(code)", "\(codes)"))
        }
    }
}
