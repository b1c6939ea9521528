import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The application's mentor becomes a volunteer (it was a user account). Before the foreign key
 * changes, a mentor already chosen is kept in words in the staff notes and the link is cleared.
 * Runs before 20261202_140425_features.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE applications a
     SET notes = concat_ws(E'\n', nullif(a.notes, ''), '带教老队员（原后台账号）：' || coalesce(nullif(u.name, ''), u.email)),
         mentor_id = NULL
    FROM users u
   WHERE a.mentor_id = u.id;
  UPDATE applications SET mentor_id = NULL WHERE mentor_id IS NOT NULL;
  `)
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
