import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Counts of the rate and sign-in limits, shared by every process of the site (src/lib/security/rateLimits.ts,
 * rate-limiter-flexible's PostgreSQL store: its own table layout). Not a Payload collection: rows are
 * short-lived counters (`expire` in epoch milliseconds), removed by the library an hour after expiry.
 * UNLOGGED: counters need no crash safety (after a crash they start again from zero), and every hit is a write.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (
    key varchar(255) PRIMARY KEY,
    points integer NOT NULL DEFAULT 0,
    expire bigint
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS rate_limits;`)
}
