import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations'
import { getTestPayload } from '../helpers/payload'

async function rows<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

describe('the test database, as the global setup left it', () => {
  it('has every committed migration applied once, in order, and nothing else', async () => {
    const applied = await rows<{ name: string }>("select name from payload_migrations where name <> 'dev' order by id")
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name))
  })

  it('holds every table and enum type the Payload config defines (a schema change without its migration fails here)', async () => {
    const payload = await getTestPayload()
    const db = payload.db as unknown as { tableNameMap: Map<string, string> }
    // Payload's name map holds its enum types beside its tables.
    const tables = new Set(
      (await rows<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' union select t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' and t.typtype = 'e'")).map((r) => r.name),
    )
    const expectedTables = [...db.tableNameMap.values()]
    expect(expectedTables.length).toBeGreaterThan(20)
    expect(expectedTables.filter((name) => !tables.has(name))).toEqual([])
  }, 180_000)
})
