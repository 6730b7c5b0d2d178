/// Migration 17: a lead's score in a narrow table of its own, `lead_scores`, one row per lead.
/// A rescoring changes the scores of most open leads at once; kept in `leads`, each change
/// rewrote the lead's whole row, so a rescoring of a million leads rewrote every page of the
/// table (45,000 pages, 7.8 s in `sqlite3` alone). Here a row is four numbers: the same update
/// writes about a twentieth of the pages. The lead's own row, its version included, is left as
/// it was: a score is the board's arithmetic over the lead, not a change a person made.
///
/// Readers take the score by the lead's id (`Store.leadColumns`); every lead gets its row in the
/// transaction that adds the lead (`LeadWriter`).
extension Migrations {
    static let leadScores = """
        CREATE TABLE lead_scores (
            lead_id INTEGER PRIMARY KEY REFERENCES leads(id),
            score INTEGER NOT NULL DEFAULT 0,
            -- The version the score was computed with (NULL: not computed by a definition), and
            -- the fit part of that score, which the fit minimum is checked against.
            score_version INTEGER,
            score_fit INTEGER
        );
        INSERT INTO lead_scores(lead_id, score, score_version, score_fit) SELECT id, score, score_version, score_fit FROM leads ORDER BY id;
        ALTER TABLE leads DROP COLUMN score;
        ALTER TABLE leads DROP COLUMN score_version;
        ALTER TABLE leads DROP COLUMN score_fit;
        """
}
