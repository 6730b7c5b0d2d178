import Foundation

/// Who is at the keyboard, as the operating system knows them: the login of the process's real
/// user id, from its passwd entry. `$USER` and `$LOGNAME` are set by whoever starts the process,
/// so they count only when they name that same user id (a second login name for one account);
/// otherwise anyone could act, and be logged, as anyone (`USER=elena handoff member add ...`).
public enum SystemLogin {
    /// The login of this process's real user.
    public static func current(environment: [String: String]) -> String {
        resolve(
            realUID: getuid(), environment: environment,
            name: { uid in
                guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return nil }
                return String(cString: name)
            },
            uid: { name in
                getpwnam(name).map { $0.pointee.pw_uid }
            })
    }

    /// The rule, with the passwd lookups given: `name` of a user id, `uid` of a login.
    public static func resolve(realUID: uid_t, environment: [String: String], name: (uid_t) -> String?, uid: (String) -> uid_t?) -> String {
        for variable in ["USER", "LOGNAME"] {
            if let claimed = environment[variable], !claimed.isEmpty, uid(claimed) == realUID { return claimed }
        }
        return name(realUID) ?? "uid\(realUID)"
    }
}
