import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Changes nothing on a database migrated in order: two generated migrations (signup_checked_out_at and
 * media_storage_fields) were made from the same earlier snapshot, so neither snapshot held both. This
 * one's JSON snapshot holds the whole schema, so the next `npm run migrate:create` diffs against it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "signups" ADD COLUMN IF NOT EXISTS "checked_out_at" timestamp(3) with time zone;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The column belongs to 20261203_093453_signup_checked_out_at, whose down removes it.
}
