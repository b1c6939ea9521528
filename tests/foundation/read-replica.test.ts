import { performance } from 'node:perf_hooks'

import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, stopEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { applyMigrations, closePayload, loadPayload } from '../../scripts/lib/payload-instance'
import { ignorePoolErrors, quietPayloadPools, requireSynchronousApply, startReplicatedPostgres, waitForReplay, type ReplicatedPostgres } from '../helpers/replica'

/**
 * Payload on a primary with a streaming standby as its read replica (DATABASE_REPLICA_URLS), the primary
 * committing with synchronous_commit = remote_apply. Payload's own after-write window is off
 * (DATABASE_REPLICA_AFTER_WRITE_MS=0), so every read outside a transaction really goes to the standby.
 */

let pair: ReplicatedPostgres
let payload: Payload
let primary: pg.Client
let replica: pg.Client
const ctx = { locale: 'zh' as const, overrideAccess: true }

beforeAll(async () => {
  pair = await startReplicatedPostgres({ durable: true })
  process.env.DATABASE_URL = pair.primaryUrl
  process.env.DATABASE_REPLICA_URLS = pair.replicaUrl
  process.env.DATABASE_REPLICA_AFTER_WRITE_MS = '0'
  payload = await loadPayload()
  await applyMigrations(payload)
  primary = new pg.Client({ connectionString: pair.primaryUrl })
  replica = new pg.Client({ connectionString: pair.replicaUrl })
  await primary.connect()
  await replica.connect()
})

afterAll(async () => {
  await primary?.end()
  await replica?.end()
  if (payload) {
    quietPayloadPools(payload)
    await closePayload(payload)
  }
  await pair?.stop()
})

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!
const ms = (value: number) => `${value.toFixed(2)} ms`

async function replicationState() {
  const { rows } = await primary.query<{ state: string; sync_state: string; replay_lag: string | null; bytes_behind: string }>(
    'select state, sync_state, replay_lag::text, pg_wal_lsn_diff(sent_lsn, replay_lsn)::text as bytes_behind from pg_stat_replication where application_name = $1',
    [pair.name],
  )
  return rows[0]
}

describe('read replica', () => {
  it('streams from the primary as a synchronous hot standby', async () => {
    expect(await replicationState()).toMatchObject({ state: 'streaming', sync_state: 'sync' })
    expect((await replica.query<{ r: boolean }>('select pg_is_in_recovery() as r')).rows[0]!.r).toBe(true)
    expect((await primary.query<{ r: boolean }>('select pg_is_in_recovery() as r')).rows[0]!.r).toBe(false)
    expect((await primary.query<{ synchronous_commit: string }>('show synchronous_commit')).rows[0]!.synchronous_commit).toBe('remote_apply')
    // The migrations ran on the primary and arrived by replication.
    const migrated = await replica.query('select name from payload_migrations')
    expect(migrated.rowCount).toBeGreaterThan(0)
  })

  it('sends Payload reads to the replica: with replay paused, a find sees the old value the primary no longer has', async () => {
    const courtyard = await payload.create({ collection: 'courtyards', data: { name: '暂停院', kind: 'commercial' }, ...ctx })
    await replica.query('select pg_wal_replay_pause()')
    try {
      // Without remote_apply for this one commit: it would wait for the paused standby.
      await primary.query('begin')
      await primary.query('set local synchronous_commit = local')
      await primary.query("update courtyards set kind = 'village' where id = $1", [courtyard.id])
      await primary.query('commit')
      expect((await primary.query('select kind from courtyards where id = $1', [courtyard.id])).rows[0].kind).toBe('village')
      const seen = await payload.findByID({ collection: 'courtyards', id: courtyard.id, ...ctx })
      expect(seen.kind).toBe('commercial')

      // And a remote_apply commit (a Payload save) cannot return while the standby does not apply.
      const saving = payload.update({ collection: 'courtyards', id: courtyard.id, data: { kind: 'work-unit' }, ...ctx })
      const outcome = await Promise.race([saving.then(() => 'returned'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 1500))])
      expect(outcome).toBe('waiting')
      await replica.query('select pg_wal_replay_resume()')
      await saving
    } finally {
      await replica.query('select pg_wal_replay_resume()')
    }
    expect((await payload.findByID({ collection: 'courtyards', id: courtyard.id, ...ctx })).kind).toBe('work-unit')
  })

  it('refuses writes on the replica, so a create succeeds only through the primary', async () => {
    const refused = await replica.query("insert into courtyards (kind) values ('village')").then(
      () => undefined,
      (error: { code?: string; message: string }) => error,
    )
    expect(refused?.code).toBe('25006')
    expect(refused?.message).toMatch(/read-only transaction/)

    const created = await payload.create({ collection: 'courtyards', data: { name: '新建院', kind: 'village' }, ...ctx })
    expect((await primary.query('select kind from courtyards where id = $1', [created.id])).rowCount).toBe(1)
    expect((await payload.findByID({ collection: 'courtyards', id: created.id, ...ctx })).kind).toBe('village')
  })

  it('shows an editor their saved draft on the very next reload, 50 times in a row', async () => {
    const story = await payload.create({ collection: 'stories', data: { title: '副本读写', slug: `replica-${Date.now()}`, summary: '初稿', _status: 'draft' }, draft: true, ...ctx })
    const rounds: number[] = []
    for (let i = 0; i < 50; i++) {
      const summary = `第 ${i} 次修改`
      const started = performance.now()
      await payload.update({ collection: 'stories', id: story.id, data: { summary }, draft: true, ...ctx })
      const reloaded = await payload.findByID({ collection: 'stories', id: story.id, draft: true, ...ctx })
      rounds.push(performance.now() - started)
      expect(reloaded.summary).toBe(summary)
    }
    console.info(`[replica] save + reload through the Local API: median ${ms(median(rounds))}, p95 ${ms(percentile(rounds, 0.95))} (50 rounds)`)
  })

  it('measures commit latency and replication lag with and without remote_apply (200 updates each)', async () => {
    await primary.query('create table replica_probe (id int primary key, n int not null)')
    await primary.query('insert into replica_probe values (1, -1)')
    await waitForReplay(primary, replica)
    const modes = ['local', 'on', 'remote_apply'] as const
    const results = Object.fromEntries(modes.map((mode) => [mode, { commit: [] as number[], stale: 0, lag: [] as number[], replayLag: [] as string[] }]))
    const seen = async () => (await replica.query<{ n: number }>('select n from replica_probe where id = 1')).rows[0]!.n
    // The modes take turns, so a busy moment of this shared machine weighs on each alike.
    for (let i = 0; i < 200 * modes.length; i++) {
      const mode = modes[i % modes.length]!
      const result = results[mode]!
      await primary.query(`set synchronous_commit = ${mode}`)
      const started = performance.now()
      await primary.query('update replica_probe set n = $1 where id = 1', [i])
      const committed = performance.now()
      result.commit.push(committed - started)
      if ((await seen()) !== i) {
        result.stale++
        while ((await seen()) !== i) await new Promise((resolve) => setImmediate(resolve))
        result.lag.push(performance.now() - committed)
      }
      const replayLag = (await replicationState())?.replay_lag
      if (replayLag) result.replayLag.push(replayLag)
    }
    await primary.query('reset synchronous_commit')
    for (const mode of modes) {
      const { commit, stale, lag, replayLag } = results[mode]!
      const lagText = lag.length ? `, each visible there after median ${ms(median(lag))}, max ${ms(Math.max(...lag))}` : ''
      console.info(
        `[replica] synchronous_commit=${mode}: commit median ${ms(median(commit))}, p95 ${ms(percentile(commit, 0.95))}, mean ${ms(commit.reduce((a, b) => a + b, 0) / commit.length)}; ` +
          `replica read right after the commit stale ${stale}/200${lagText}; pg_stat_replication.replay_lag max ${replayLag.sort().at(-1) ?? 'none'}`,
      )
    }
    // The guarantee itself: with remote_apply no read on the replica after a commit returned is stale.
    expect(results.remote_apply!.stale).toBe(0)
  })

  it('with the standby down, reads fail and saves wait until the primary stops waiting for it; restarted, it catches up', async () => {
    const courtyard = await payload.create({ collection: 'courtyards', data: { name: '停机院', kind: 'commercial' }, ...ctx })
    ignorePoolErrors(payload)
    await replica.end()
    await stopEmbeddedPostgres(pair.replicaDataDir)
    const readError = await payload.findByID({ collection: 'courtyards', id: courtyard.id, ...ctx }).then(() => undefined, (error: Error) => error)
    expect(readError).toBeInstanceOf(Error)

    const saving = payload.update({ collection: 'courtyards', id: courtyard.id, data: { kind: 'village' }, ...ctx })
    const outcome = await Promise.race([saving.then(() => 'returned'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 1500))])
    expect(outcome).toBe('waiting')
    // What an operator does while a lone synchronous standby is away: the waiting commits then return.
    const released = performance.now()
    await primary.query('alter system reset synchronous_standby_names')
    await primary.query('select pg_reload_conf()')
    await saving
    console.info(`[replica] standby down: a save waited until synchronous_standby_names was cleared, then returned after ${ms(performance.now() - released)}; reads failed with: ${String((readError?.cause as Error | undefined)?.message ?? readError?.message).slice(0, 120)}`)

    await startEmbeddedPostgres({ dataDir: pair.replicaDataDir, port: Number(new URL(pair.replicaUrl).port), durable: true, database: 'linli' })
    await requireSynchronousApply(pair.primaryUrl, pair.name)
    expect(await replicationState()).toMatchObject({ state: 'streaming', sync_state: 'sync' })
    replica = new pg.Client({ connectionString: pair.replicaUrl })
    await replica.connect()
    expect((await replica.query('select kind from courtyards where id = $1', [courtyard.id])).rows[0].kind).toBe('village')
    expect((await payload.findByID({ collection: 'courtyards', id: courtyard.id, ...ctx })).kind).toBe('village')
  })
})
