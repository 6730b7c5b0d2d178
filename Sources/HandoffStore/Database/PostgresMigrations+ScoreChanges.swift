/// PostgreSQL's migration 16, as SQLite's (`Migrations.scoreChanges`): a rescoring's per-lead
/// changes. Members may only add rows, and only those who may change the scoring or import (the
/// two ways a rescoring runs); nobody but the owner changes or deletes one. The guard runs once
/// per statement, not per row: a rescoring inserts hundreds of thousands at a time. A row added
/// by hand outside a rescoring breaks its run's digest, which `handoff check` names.
extension PostgresMigrations {
    static let scoreChanges = """
        CREATE TABLE score_changes (
            run bigint NOT NULL,
            lead_id bigint NOT NULL,
            old_score bigint NOT NULL,
            new_score bigint NOT NULL,
            crossing bigint NOT NULL CHECK (crossing IN (-1, 0, 1)),
            PRIMARY KEY (run, lead_id)
        );

        CREATE FUNCTION handoff_guard_score_changes() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF handoff_is_owner() THEN RETURN NULL; END IF;
            IF TG_OP <> 'INSERT' THEN
                RAISE EXCEPTION USING ERRCODE = 'P0001',
                    MESSAGE = format('the history is append-only: %s may not change or delete score_changes', current_user);
            END IF;
            IF handoff_may('edit_scoring') OR handoff_may('import') THEN RETURN NULL; END IF;
            PERFORM handoff_refuse('edit_scoring');
            RETURN NULL;
        END $$;
        CREATE TRIGGER score_changes_guard BEFORE INSERT OR UPDATE OR DELETE ON score_changes
            FOR EACH STATEMENT EXECUTE FUNCTION handoff_guard_score_changes();

        GRANT SELECT ON score_changes TO handoff_viewer, handoff_marketing, handoff_sales, handoff_admin;
        GRANT INSERT ON score_changes TO handoff_marketing, handoff_sales, handoff_admin;
        """
}
