import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The customer commands of the real binary: a satisfaction answer from the command line with its
/// call back, the account and its follow-ups as a person lists them, a repeat deal, a referral,
/// the figures in `handoff kpi --json`, and the accounts export read back by the import.
@Suite(.enabled(if: SystemAccounts.available && TemporaryBoard.onFile)) struct CustomerCommandTests {
    @Test func aCustomerIsAnsweredFollowedUpSoldAgainAndCounted() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam(dealsCreated: Timestamp.now() - 60 * 86_400)
        try store.apply(.won(leadID: 1, amount: 10_000, expectedVersion: nil), actor: "ana", at: Timestamp.now() - 40 * 86_400)
        func run(_ arguments: [String], as login: String = "sam") throws -> HandoffBinary.Result {
            try HandoffBinary.run(arguments + ["--db", board.path], as: login)
        }
        let answer = try run(["satisfaction", "accra", "3", "--comment", "the install was late"])
        #expect(answer.status == 0, "\(answer.error)")
        #expect(answer.output.hasPrefix("Recorded 3/10 from Accra Solar (account 1): a detractor; call back #4 planned for sam, due "))
        // Marketing sees the customers but does not answer for them.
        let refused = try run(["satisfaction", "1", "9"], as: "lucia")
        #expect(refused.status == 1 && refused.error.contains("record customers' satisfaction answers"))
        #expect(
            try run(["satisfaction", "1", "eleven"]).error
                == "handoff: a satisfaction answer is a whole number from 0 to 10, not 'eleven'\n")

        let list = try run(["account", "list"], as: "lucia")
        #expect(list.status == 0 && list.output.contains("Accra Solar") && list.output.contains("3/10"))
        let show = try run(["account", "show", "Accra Solar", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any])
        #expect(object["stage"] as? String == "onboarding" && object["revenue"] as? Double == 10_000)
        #expect((object["follow_ups"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["kickoff", "checkin", "detractor", "review"])

        let mine = try run(["follow-up", "list", "--overdue"])
        #expect(mine.output.contains("Accra Solar (account 1): Kick-off · sam"), "\(mine.output)")
        #expect(try run(["follow-up", "done", "1"]).output == "Follow-up 1 with Accra Solar is done\n")
        #expect(try run(["account", "move", "1", "active"]).output == "Moved Accra Solar (account 1) to Active\n")

        let deal = try run(["account", "deal", "1", "upsell", "Accra", "Solar:", "storage", "--value", "4000", "--owner", "ana"])
        #expect(deal.output.hasPrefix("Opened lead 5 (Accra Solar: storage) for Accra Solar (account 1) in "), "\(deal.error)")
        #expect(try run(["won", "5", "--amount", "4500"], as: "ana").status == 0)
        #expect(try run(["refer", "2", "accra"], as: "ana").output == "lead 2 (Marie Dubois) was referred by Accra Solar (account 1)\n")

        let kpi = try run(["kpi", "--json"], as: "lucia")
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(kpi.output.utf8)) as? [String: Any])
        // One account, two purchases, 14,500 to date, a customer for less than a year.
        #expect(figures["customers"] as? Double == 1 && figures["repeat_purchase_rate"] as? Double == 1)
        #expect(figures["arpa"] as? Double == 14_500 && figures["real_cltv"] as? Double == 14_500)
        #expect(figures["nps"] as? Double == -100 && figures["detractors"] as? Double == 1)

        let export = try run(["export", "--kind", "accounts"])
        #expect(
            export.output.hasPrefix(
                "id,name,stage,owner,since,renewal,onboarded,churned,revenue,deals,last_score,open_follow_ups,external_id\n1,Accra Solar,active,sam,"
            ))
    }
}
