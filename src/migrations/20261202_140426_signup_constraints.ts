import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Safety nets under the sign-up commands (which hold the activity's row lock): one active sign-up
 * per phone and activity, parties of at least one person, and what residents were last told about
 * each activity (start, place, cancelled), which Payload's saves of the activity never overwrite. Hand-written: keep it when the
 * generated migrations are regenerated.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE UNIQUE INDEX signups_one_active_per_phone ON signups (activity_id, phone) WHERE phone IS NOT NULL AND status IN ('confirmed', 'waitlisted');
  CREATE INDEX signups_activity_status_order ON signups (activity_id, status, id);
  ALTER TABLE signups ADD CONSTRAINT signups_party_size_positive CHECK (party_size >= 1);
  CREATE TABLE signup_announcements (
    activity_id integer PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    place varchar,
    cancelled boolean NOT NULL DEFAULT false
  );
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS signup_announcements;
  DROP INDEX IF EXISTS signups_one_active_per_phone;
  DROP INDEX IF EXISTS signups_activity_status_order;
  ALTER TABLE signups DROP CONSTRAINT IF EXISTS signups_party_size_positive;
  `)
}
