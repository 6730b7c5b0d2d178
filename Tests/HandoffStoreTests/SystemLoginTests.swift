import Foundation
import HandoffStore
import Testing

/// The login is the real user id's; `$USER` and `$LOGNAME` count only when they name that id.
@Suite struct SystemLoginTests {
    let passwd: [String: uid_t] = ["lucia": 1001, "elena": 1002, "lu": 1001]

    func login(_ uid: uid_t, _ environment: [String: String]) -> String {
        SystemLogin.resolve(
            realUID: uid, environment: environment, name: { uid in passwd.filter { $0.value == uid }.map(\.key).sorted().last },
            uid: { passwd[$0] })
    }

    @Test func theEnvironmentCannotNameAnotherUser() {
        #expect(login(1001, [:]) == "lucia")
        #expect(login(1001, ["USER": "elena"]) == "lucia")
        #expect(login(1001, ["USER": "elena", "LOGNAME": "elena"]) == "lucia")
        #expect(login(1001, ["USER": "nobody-known"]) == "lucia")
        #expect(login(1002, ["USER": "lucia"]) == "elena")
    }

    @Test func anotherNameOfTheSameUserIdIsKept() {
        #expect(login(1001, ["USER": "lu"]) == "lu")
        #expect(login(1001, ["USER": "elena", "LOGNAME": "lu"]) == "lu")
        #expect(login(1001, ["USER": ""]) == "lucia")
    }

    @Test func aUserIdWithoutAPasswdEntryIsNamedByItsNumber() {
        #expect(login(4242, ["USER": "elena"]) == "uid4242")
    }
}
