import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search that works for Chinese: a search table kept in step with the localized rows of the
 * public collections by triggers, and a GIN index of character n-grams (bigrams around CJK text, trigrams
 * for ASCII). pg_trgm is not used because it ignores CJK characters unless the database has a CJK-aware
 * LC_CTYPE. Drafts live in the version tables and are never indexed. See src/lib/content/searchSql.ts.
 */
const SOURCES = [
  ['stories', 'stories_locales'],
  ['activities', 'activities_locales'],
  ['cases', 'cases_locales'],
  ['recruitment-calls', 'recruitment_calls_locales'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "linli_search" (
    "source" text NOT NULL,
    "row_id" integer NOT NULL,
    "parent_id" integer NOT NULL,
    "locale" text NOT NULL,
    "title" text,
    "summary" text,
    "content" text NOT NULL,
    PRIMARY KEY ("source", "row_id")
  );

  -- Every character pair that touches non-ASCII text, and every ASCII trigram; nothing spanning whitespace.
  CREATE OR REPLACE FUNCTION linli_search_grams(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}')
    FROM (
      SELECT CASE WHEN octet_length(c1 || c2) > 2 THEN c1 || c2 ELSE c1 || c2 || coalesce(c3, '') END AS g
      FROM (
        SELECT c AS c1, lead(c) OVER w AS c2, lead(c, 2) OVER w AS c3
        FROM unnest(regexp_split_to_array(t, '')) WITH ORDINALITY AS u(c, n)
        WINDOW w AS (ORDER BY n)
      ) chars
      WHERE c2 IS NOT NULL
    ) grams
    WHERE g !~ '[[:space:]]' AND (octet_length(g) > length(g) OR length(g) = 3)
  $$;

  -- Lower-cased text of a localized row: its text columns and the text nodes of its rich-text columns.
  CREATE OR REPLACE FUNCTION linli_search_text(r jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(coalesce(string_agg(
      CASE jsonb_typeof(e.value)
        WHEN 'string' THEN e.value #>> '{}'
        WHEN 'object' THEN (
          SELECT string_agg(x, ' ') FROM jsonb_array_elements_text(jsonb_path_query_array(e.value, 'strict $.**.text')) AS x
        )
      END, ' '), ''))
    FROM jsonb_each(r) AS e
    WHERE e.key NOT IN ('id', '_locale', '_parent_id')
  $$;

  CREATE OR REPLACE FUNCTION linli_search_put(src text, r jsonb) RETURNS void
  LANGUAGE sql AS $$
    INSERT INTO linli_search (source, row_id, parent_id, locale, title, summary, content)
    VALUES (src, (r ->> 'id')::integer, (r ->> '_parent_id')::integer, r ->> '_locale', r ->> 'title', r ->> 'summary', linli_search_text(r))
    ON CONFLICT (source, row_id) DO UPDATE
      SET parent_id = excluded.parent_id, locale = excluded.locale, title = excluded.title,
          summary = excluded.summary, content = excluded.content
  $$;

  CREATE OR REPLACE FUNCTION linli_search_sync() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      DELETE FROM linli_search WHERE source = TG_ARGV[0] AND row_id = OLD.id;
      RETURN OLD;
    END IF;
    PERFORM linli_search_put(TG_ARGV[0], to_jsonb(NEW));
    RETURN NEW;
  END
  $$;

  CREATE INDEX IF NOT EXISTS "linli_search_parent_idx" ON "linli_search" ("source", "parent_id", "locale");
  `)
  for (const [source, table] of SOURCES) {
    await db.execute(
      sql.raw(`
      DROP TRIGGER IF EXISTS linli_search_sync ON "${table}";
      CREATE TRIGGER linli_search_sync AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION linli_search_sync('${source}');
      SELECT linli_search_put('${source}', to_jsonb(t)) FROM "${table}" AS t;
    `),
    )
  }
  // Built after the backfill: one bulk build is far quicker than growing the index row by row.
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "linli_search_grams_idx" ON "linli_search" USING gin (linli_search_grams("content"));
  ANALYZE "linli_search";
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [, table] of SOURCES) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS linli_search_sync ON "${table}"`))
  await db.execute(sql`
  DROP TABLE IF EXISTS "linli_search";
  DROP FUNCTION IF EXISTS linli_search_sync();
  DROP FUNCTION IF EXISTS linli_search_put(text, jsonb);
  DROP FUNCTION IF EXISTS linli_search_text(jsonb);
  DROP FUNCTION IF EXISTS linli_search_grams(text);
  `)
}
