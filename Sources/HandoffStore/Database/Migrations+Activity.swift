/// Migration 15: what leads did with marketing's email and on the website, imported from email
/// tools and web analytics (`handoff import --kind activity`) and read by the scoring rules of
/// `[engagement]`. A row is one action of one lead; the same action at the same second for the
/// same campaign is one row, so importing a file twice adds nothing the second time. Each row
/// names the `activity` event that recorded it, as insights do.
extension Migrations {
    static let activity = """
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id),
            kind TEXT NOT NULL CHECK (kind IN ('open', 'click', 'bounce', 'unsubscribe', 'form_submit', 'page_view')),
            at INTEGER NOT NULL,
            -- '' when the export names none: a NULL would make every such row distinct.
            campaign TEXT NOT NULL DEFAULT '',
            event_id INTEGER NOT NULL,
            -- The name of the file it came from.
            source TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX activities_once ON activities(lead_id, kind, at, campaign);
        -- In lead order with what scoring reads, for the scan beside the leads.
        CREATE INDEX activities_lead ON activities(lead_id, at, kind);
        CREATE INDEX activities_event ON activities(event_id);
        """
}
