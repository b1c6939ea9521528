import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search rows carry what a search needs to pick, rank and order hits: whether their document is public
 * (published with a slug), its slug and its sort date, and the lower-cased title and summary. A search
 * then reads one table through one index instead of joining every published document of four tables
 * and lower-casing titles row by row (10,000 documents: 50–140 ms for a word in thousands of them).
 *
 * - The localized rows' trigger (linli_search_put) reads the document's state when it writes a row; the
 *   documents' own trigger passes later changes on (publish, unpublish, new slug or date).
 * - The indexes hold public rows only, so drafts cannot be found even by accident.
 * - toast_tuple_target goes back to the default: at 128 the toaster moved title and summary out of
 *   line too (two TOAST reads per row to rank it); the long text still goes out of line (EXTERNAL).
 * - A small GIN pending list: every search scans the whole list, which after a bulk import stays up to
 *   4 MB by default until autovacuum merges it; 128 kB costs about a fifth more time on bulk inserts.
 * - English words are found by a second index, of every suffix of every run of printable ASCII: a word
 *   is in the text exactly when it starts one of them (a tsquery prefix match), where the trigram index
 *   only proved that the word's trigrams were there somewhere ("worked" found 6 times as many documents
 *   as hold it, each then read in full to make sure).
 * - The index functions cost about a millisecond a row: their declared cost keeps the planner from ever
 *   computing them per row, and ANALYZE no longer samples them (it evaluated both for every sampled row:
 *   51 s for 20,000 rows, now 0.15 s).
 */
const SOURCES = [
  { source: 'stories', table: 'stories', date: 'published_at' },
  { source: 'activities', table: 'activities', date: 'starts_at' },
  { source: 'cases', table: 'cases', date: 'published_at' },
  { source: 'recruitment-calls', table: 'recruitment_calls', date: 'opens_at' },
] as const

const docLookup = SOURCES.map(
  ({ source, table, date }) => `
    WHEN '${source}' THEN
      SELECT d._status = 'published' AND d.slug IS NOT NULL, d.slug, d.${date} INTO published, slug, sort_date FROM "${table}" d WHERE d.id = doc;`,
).join('')

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  ALTER TABLE "linli_search"
    ADD COLUMN IF NOT EXISTS "published" boolean NOT NULL DEFAULT false,
    ADD COLUMN IF NOT EXISTS "slug" text,
    ADD COLUMN IF NOT EXISTS "sort_date" timestamp(3) with time zone,
    ADD COLUMN IF NOT EXISTS "title_lc" text NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS "summary_lc" text NOT NULL DEFAULT '';
  ALTER TABLE "linli_search" RESET (toast_tuple_target);
  ALTER FUNCTION linli_search_grams(text) COST 10000;

  -- Every suffix of every run of printable ASCII, as lexemes of at most 32 characters (longer terms are
  -- confirmed in the text). A tsvector must stay under 1 MB: past 20,000 lexemes (far beyond any story),
  -- the suffixes of the longest runs (hashes, pasted data) are the ones left out.
  CREATE OR REPLACE FUNCTION linli_search_suffixes(t text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
    SELECT coalesce(array_to_tsvector(array_agg(suffix)), ''::tsvector)
    FROM (
      SELECT substr(w, i, 32) AS suffix
      FROM regexp_split_to_table(t, '[^!-~]+') AS w, generate_series(1, length(w) - 2) AS i
      GROUP BY 1
      ORDER BY min(length(w)), 1
      LIMIT 20000
    ) s
  $$;

  -- The public state of a document: published with a slug (as the site shows it), its slug and sort date.
  CREATE OR REPLACE FUNCTION linli_search_doc(src text, doc integer, OUT published boolean, OUT slug text, OUT sort_date timestamptz)
  LANGUAGE plpgsql STABLE AS $$
  BEGIN
    CASE src ${docLookup}
      ELSE NULL;
    END CASE;
    published := coalesce(published, false);
  END
  $$;

  CREATE OR REPLACE FUNCTION linli_search_put(src text, r jsonb) RETURNS void
  LANGUAGE sql AS $$
    INSERT INTO linli_search (source, row_id, parent_id, locale, title, summary, content, title_lc, summary_lc, published, slug, sort_date)
    SELECT src, (r ->> 'id')::integer, (r ->> '_parent_id')::integer, r ->> '_locale', r ->> 'title', r ->> 'summary', linli_search_text(r),
      lower(coalesce(r ->> 'title', '')), lower(coalesce(r ->> 'summary', '')), d.published, d.slug, d.sort_date
    FROM linli_search_doc(src, (r ->> '_parent_id')::integer) AS d
    ON CONFLICT (source, row_id) DO UPDATE
      SET parent_id = excluded.parent_id, locale = excluded.locale, title = excluded.title, summary = excluded.summary,
          content = excluded.content, title_lc = excluded.title_lc, summary_lc = excluded.summary_lc,
          published = excluded.published, slug = excluded.slug, sort_date = excluded.sort_date
  $$;

  CREATE OR REPLACE FUNCTION linli_search_doc_sync() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE linli_search s SET published = d.published, slug = d.slug, sort_date = d.sort_date
    FROM linli_search_doc(TG_ARGV[0], NEW.id) AS d
    WHERE s.source = TG_ARGV[0] AND s.parent_id = NEW.id
      AND (s.published, s.slug, s.sort_date) IS DISTINCT FROM (d.published, d.slug, d.sort_date);
    RETURN NULL;
  END
  $$;

  -- One rewrite of every row (title and summary re-inlined, the new columns filled); the index is rebuilt after.
  DROP INDEX IF EXISTS "linli_search_grams_idx";
  UPDATE "linli_search" s
    SET title = s.title || '', summary = s.summary || '',
        title_lc = lower(coalesce(s.title, '')), summary_lc = lower(coalesce(s.summary, '')),
        (published, slug, sort_date) = (SELECT d.published, d.slug, d.sort_date FROM linli_search_doc(s.source, s.parent_id) AS d);
  `),
  )
  for (const { source, table, date } of SOURCES) {
    await db.execute(
      sql.raw(`
      DROP TRIGGER IF EXISTS linli_search_doc_sync ON "${table}";
      CREATE TRIGGER linli_search_doc_sync AFTER UPDATE ON "${table}"
        FOR EACH ROW
        WHEN (OLD._status IS DISTINCT FROM NEW._status OR OLD.slug IS DISTINCT FROM NEW.slug OR OLD.${date} IS DISTINCT FROM NEW.${date})
        EXECUTE FUNCTION linli_search_doc_sync('${source}');
    `),
    )
  }
  await db.execute(sql`
  CREATE INDEX "linli_search_grams_idx" ON "linli_search" USING gin (linli_search_grams("content"))
    WITH (gin_pending_list_limit = 128) WHERE "published";
  CREATE INDEX "linli_search_suffixes_idx" ON "linli_search" USING gin (linli_search_suffixes("content"))
    WITH (gin_pending_list_limit = 128) WHERE "published";
  ALTER INDEX "linli_search_grams_idx" ALTER COLUMN 1 SET STATISTICS 0;
  ALTER INDEX "linli_search_suffixes_idx" ALTER COLUMN 1 SET STATISTICS 0;
  ANALYZE "linli_search";
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const { table } of SOURCES) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS linli_search_doc_sync ON "${table}"`))
  await db.execute(sql`
  DROP FUNCTION IF EXISTS linli_search_doc_sync();
  CREATE OR REPLACE FUNCTION linli_search_put(src text, r jsonb) RETURNS void
  LANGUAGE sql AS $$
    INSERT INTO linli_search (source, row_id, parent_id, locale, title, summary, content)
    VALUES (src, (r ->> 'id')::integer, (r ->> '_parent_id')::integer, r ->> '_locale', r ->> 'title', r ->> 'summary', linli_search_text(r))
    ON CONFLICT (source, row_id) DO UPDATE
      SET parent_id = excluded.parent_id, locale = excluded.locale, title = excluded.title,
          summary = excluded.summary, content = excluded.content
  $$;
  DROP FUNCTION IF EXISTS linli_search_doc(text, integer);
  DROP INDEX IF EXISTS "linli_search_suffixes_idx";
  DROP FUNCTION IF EXISTS linli_search_suffixes(text);
  DROP INDEX IF EXISTS "linli_search_grams_idx";
  ALTER TABLE "linli_search"
    DROP COLUMN IF EXISTS "published",
    DROP COLUMN IF EXISTS "slug",
    DROP COLUMN IF EXISTS "sort_date",
    DROP COLUMN IF EXISTS "title_lc",
    DROP COLUMN IF EXISTS "summary_lc";
  ALTER TABLE "linli_search" SET (toast_tuple_target = 128);
  ALTER FUNCTION linli_search_grams(text) COST 100;
  CREATE INDEX "linli_search_grams_idx" ON "linli_search" USING gin (linli_search_grams("content"));
  `)
}
