/// SQL that turns a board of the current schema back into what an older version wrote, for tests
/// that open a board of an older version: run after taking out what the later migrations added,
/// before setting `user_version` back.
extension TemporaryBoard {
    /// Undoes migration 17: the scores go back into `leads`.
    public static let scoresBackInLeads = """
        ALTER TABLE leads ADD COLUMN score INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE leads ADD COLUMN score_version INTEGER;
        ALTER TABLE leads ADD COLUMN score_fit INTEGER;
        UPDATE leads SET score = coalesce((SELECT s.score FROM lead_scores s WHERE s.lead_id = leads.id), 0),
            score_version = (SELECT s.score_version FROM lead_scores s WHERE s.lead_id = leads.id),
            score_fit = (SELECT s.score_fit FROM lead_scores s WHERE s.lead_id = leads.id);
        DROP TABLE lead_scores;
        """
}
