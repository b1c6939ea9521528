import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The audit trail is append-only in the database too: no UPDATE, no TRUNCATE, and DELETE only inside
 * the retention job's transaction, which sets `linli.audit_purge` for itself. A restore replays rows
 * with session_replication_role = replica, under which these triggers do not fire.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION linli_audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' AND current_setting('linli.audit_purge', true) = 'on' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit entries cannot be changed or deleted (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $$;
  CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION linli_audit_entries_append_only();
  CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION linli_audit_entries_append_only();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries;
  DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries;
  DROP FUNCTION IF EXISTS linli_audit_entries_append_only();`)
}
