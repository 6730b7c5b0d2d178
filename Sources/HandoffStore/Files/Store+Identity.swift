import HandoffCore

/// Who is acting. The operating-system login names a member; `--as LOGIN` names another one when
/// the actor's team may `act_as` (admins, by default; the demo board lets everyone, so each role
/// can be tried). Someone who is not a member may read the board but not change it.
extension Store {
    /// The login the events of this session will name, or a refusal of `--as`.
    /// When `--as` is granted, the session's events also record `osLogin` as who really acted.
    public func actingLogin(osLogin: String, requested: String?) throws -> String {
        guard let requested, !requested.isEmpty, requested != osLogin else { return osLogin }
        let acting = try grantedLogin(osLogin: osLogin, requested: requested)
        if engine == .postgres, try connection.scalar("SELECT handoff_is_owner()::int") != 1 {
            // The server decides too: only a role granted the member's role (an admin's SET ROLE)
            // may act as them, and the events it writes then name both. (The schema's owner
            // writes anything already: it needs no role of a member.)
            do {
                try connection.execute("SET ROLE \"\(acting.replacingOccurrences(of: "\"", with: "\"\""))\"")
            } catch {
                throw HandoffError.notPermitted(
                    Message(
                        .asTheServerDoes, "\(acting)", "\(TerminalText.sanitize(osLogin))", "\(acting)", "\(acting)",
                        "\(TerminalText.sanitize(osLogin))")
                )
            }
        }
        try recordActedBy(osLogin)
        return acting
    }

    private func grantedLogin(osLogin: String, requested: String) throws -> String {
        let permissions = try permissions()
        guard permissions.hasMembers else { return requested }
        guard let target = try member(login: requested) else {
            throw HandoffError.notPermitted(
                Message(.asNoMemberHas, "\(TerminalText.sanitize(requested))"))
        }
        let me = try member(login: osLogin)
        if permissions.allowsAnyone(.actAs) || (me != nil && permissions.allows(me, .actAs)) { return target.login }
        guard let me else {
            throw HandoffError.notPermitted(
                Message(
                    .asIsNotA, "\(target.login)", "\(TerminalText.sanitize(osLogin))",
                    "\(Permissions.list(permissions.teams(allowedTo: .actAs)))", "\(Permissions.howToJoin)"))
        }
        throw HandoffError.notPermitted(
            Message(.actAsProblem, "\(target.login)", "\(permissions.refusal(.actAs, login: me.login, member: me) ?? Message.empty)"))
    }

    /// Why `login` cannot change anything here (`--read-only`, or not a member), or nil.
    public func writeRefusal(for login: String) throws -> Message? {
        if readOnly { return Store.readOnlyRefusal.message }
        guard try hasMembers(), try member(login: login) == nil else { return nil }
        return Permissions.notAMember(login)
    }
}
