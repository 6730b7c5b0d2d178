/// Migration 16: a rescoring records each lead's change in `score_changes`, under the one board
/// event that records the rescoring (its `run`), instead of a `scored` event per lead. A rescoring
/// of a million leads wrote 765,000 events, each with its hash and five index entries, one of them
/// (`events_lead`) spread over the whole index; these rows are 17 bytes of facts appended at the
/// end of one table. The board event's detail holds their digest (`ScoreChangeDigest`), so the
/// hash chain still covers every change. `scored` events written before stay as they are: they
/// are part of the chain.
///
/// The key is (run, lead): a rescoring appends in key order, and a lead's timeline seeks once per
/// rescoring of the board (there are few; see `Store.scoreChangeHistory`).
extension Migrations {
    static let scoreChanges = """
        CREATE TABLE score_changes (
            run INTEGER NOT NULL,
            lead_id INTEGER NOT NULL,
            old_score INTEGER NOT NULL,
            new_score INTEGER NOT NULL,
            -- 1: qualifies now and did not before; -1: the other way; 0: neither.
            crossing INTEGER NOT NULL CHECK (crossing IN (-1, 0, 1)),
            PRIMARY KEY (run, lead_id)
        ) WITHOUT ROWID;
        """
}
