import Foundation
import HandoffCore
import HandoffTestSupport
import Testing

/// Sentences written as `Message`s (errors, help, what commands print) are keys of the same tables
/// as the board's texts: the compiler refuses a sentence without its Spanish, or Spanish for no
/// sentence. What it cannot see is checked here: the arguments fill the right places, nested
/// sentences and errors are translated, and data stays as it is.
@Suite struct MessageCatalogTests {
    @Test func aMessageIsTranslatedWithItsArgumentsAndNestedMessages() {
        let spanish = Strings(.spanish)
        let error = HandoffError.invalidInput("--amount: \(HandoffError.invalidInput(Message(.amountCannotBeNegative)))")
        #expect(error.description == "--amount: the amount cannot be negative")
        #expect(error.text(spanish) == "--amount: el importe no puede ser negativo")
        #expect(spanish(HandoffError.leadNotFound(42).message) == "no hay ningún lead con id 42")
        let count = Message(.rowsOfTheFile, "\(integer: 12_345)", "\(40)", "\(integer: 1_500)")
        #expect(count.description == "12,345 rows, 40% of the file, 1,500 rows/s")
        #expect(spanish(count) == "12.345 filas, 40 % del fichero, 1500 filas/s")
        // Data passed as text is never looked up: a lead named like a sentence stays as it is.
        #expect(spanish(Message(verbatim: "just now")) == "just now")
        #expect(spanish(Message(.movedItTo, "\(Message(verbatim: "Propuesta"))")) == "lo movió a Propuesta")
        #expect(spanish(Message(.movedItTo, "accepted it")) == "lo movió a accepted it")
    }

    @Test func aSentenceIsTheSameMessageHoweverItWasBuilt() {
        // Tests write sentences as the person reads them; they equal the keyed message.
        #expect(HandoffError.leadNotFound(42).message == "no lead with id 42")
        #expect(Message(.noLeadWithId, "\(42)").key == .noLeadWithId)
        #expect(Message(.noLeadWithId, "\(42)").template == "no lead with id {1}")
        #expect(Message.empty.isEmpty && !Message(.acceptedIt).isEmpty)
        #expect(Message(joining: [Message(verbatim: "a"), Message(.acceptedIt)]).text(Strings(.spanish)) == "a, lo aceptó")
    }

    @Test func aConflictIsToldInSpanishWithWhoAndWhen() {
        let conflict = LeadConflict(
            leadID: 7, leadName: "Kofi Mensah", changedBy: "Marta Ruiz", secondsAgo: 30, change: Message(.acceptedIt),
            state: Message(.nowInOwner, "\(Message(verbatim: "Accepted (SAL)"))", "\("ben")"))
        #expect(
            HandoffError.conflict(conflict).description
                == "Kofi Mensah (lead 7) was changed by Marta Ruiz a moment ago (accepted it); now in Accepted (SAL), owner ben. Nothing was overwritten."
        )
        #expect(
            HandoffError.conflict(conflict).text(Strings(.spanish))
                == "Marta Ruiz cambió Kofi Mensah (lead 7) hace un momento (lo aceptó); ahora en Accepted (SAL), responsable ben. No se sobrescribió nada."
        )
    }
}
