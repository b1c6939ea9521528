import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Service records and certificates are never deleted (民政部令第67号 sets no retention period:
 * keep them). The API already refuses deletion; the database refuses it too. A restore replays
 * rows with session_replication_role = replica, under which these triggers do not fire.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION linli_volunteer_records_kept() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% rows are kept and cannot be deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END
  $$;
  CREATE TRIGGER service_records_kept BEFORE DELETE ON service_records FOR EACH ROW EXECUTE FUNCTION linli_volunteer_records_kept();
  CREATE TRIGGER certificates_kept BEFORE DELETE ON certificates FOR EACH ROW EXECUTE FUNCTION linli_volunteer_records_kept();
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS service_records_kept ON service_records;
  DROP TRIGGER IF EXISTS certificates_kept ON certificates;
  DROP FUNCTION IF EXISTS linli_volunteer_records_kept();
  `)
}
