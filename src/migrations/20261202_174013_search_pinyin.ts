import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { searchPinyin } from '../lib/content/searchPinyin'

/**
 * The Chinese title in pinyin on each public document's localized row (the searchPinyin field), so that
 * the site search finds 冬至家宴 by "dongzhi" or "dz" (issue 14, point 8). Existing Chinese rows are filled
 * here; their search rows follow through the search index's trigger on the localized rows.
 */
const LOCALIZED_TABLES = ['stories_locales', 'activities_locales', 'recruitment_calls_locales', 'cases_locales']

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories_locales" ADD COLUMN "search_pinyin" varchar;
  ALTER TABLE "_stories_v_locales" ADD COLUMN "version_search_pinyin" varchar;
  ALTER TABLE "activities_locales" ADD COLUMN "search_pinyin" varchar;
  ALTER TABLE "_activities_v_locales" ADD COLUMN "version_search_pinyin" varchar;
  ALTER TABLE "recruitment_calls_locales" ADD COLUMN "search_pinyin" varchar;
  ALTER TABLE "_recruitment_calls_v_locales" ADD COLUMN "version_search_pinyin" varchar;
  ALTER TABLE "cases_locales" ADD COLUMN "search_pinyin" varchar;
  ALTER TABLE "_cases_v_locales" ADD COLUMN "version_search_pinyin" varchar;`)
  for (const table of LOCALIZED_TABLES) {
    const { rows } = await db.execute<{ id: number; title: string | null }>(sql.raw(`SELECT id, title FROM "${table}" WHERE _locale = 'zh'`))
    const filled = rows.map((r) => ({ id: r.id, p: searchPinyin(r.title) })).filter((r) => r.p !== null)
    for (let at = 0; at < filled.length; at += 1000) {
      const batch = JSON.stringify(filled.slice(at, at + 1000))
      await db.execute(sql`UPDATE ${sql.identifier(table)} t SET search_pinyin = v.p
        FROM jsonb_to_recordset(${batch}::jsonb) AS v(id integer, p text) WHERE t.id = v.id`)
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories_locales" DROP COLUMN "search_pinyin";
  ALTER TABLE "_stories_v_locales" DROP COLUMN "version_search_pinyin";
  ALTER TABLE "activities_locales" DROP COLUMN "search_pinyin";
  ALTER TABLE "_activities_v_locales" DROP COLUMN "version_search_pinyin";
  ALTER TABLE "recruitment_calls_locales" DROP COLUMN "search_pinyin";
  ALTER TABLE "_recruitment_calls_v_locales" DROP COLUMN "version_search_pinyin";
  ALTER TABLE "cases_locales" DROP COLUMN "search_pinyin";
  ALTER TABLE "_cases_v_locales" DROP COLUMN "version_search_pinyin";`)
}
