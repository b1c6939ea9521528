import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { pinyin } from 'pinyin-pro'

import { paragraphsToLexical } from '@/seed/lexical'

import { eventually } from '../helpers/eventually'
import { get, rest } from '../helpers/http'
import { editorAuth } from '../helpers/users'
import { htmlLang, seededPayload, unique } from './helpers'

describe('search', () => {
  let payload: Payload
  let auth: string

  beforeAll(async () => {
    payload = await seededPayload()
    auth = await editorAuth(payload)
  })

  const search = (q: string, locale: 'zh' | 'en' = 'zh') => get(`${locale === 'en' ? '/en' : ''}/search?q=${encodeURIComponent(q)}`)
  const hitPaths = (html: string) => [...html.matchAll(/data-search-hit="[^"]+"[\s\S]*?href="([^"]+)"/g)].map((m) => m[1])
  /** Lower-case letters only, so a made-up English word shares nothing with other documents. */
  const letters = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
  type Doc = { doc: { id: number } }

  it('finds a story by a two-character Chinese word', async () => {
    const res = await search('骆叔')
    expect(res.status).toBe(200)
    expect(res.text).toContain('/stories/luo-shu-kai-men')
  })

  it('finds English words on the English site, and ranks title matches first', async () => {
    const res = await search('Uncle Luo', 'en')
    expect(res.status).toBe(200)
    expect(htmlLang(res.text)).toBe('en')
    const first = /data-search-hit="[^"]+"[\s\S]*?href="([^"]+)"/.exec(res.text)?.[1]
    expect(first).toBe('/en/stories/luo-shu-kai-men')
  })

  it('searches rich-text bodies, not only titles', async () => {
    const res = await search('揣着钥匙')
    expect(res.text).toContain('/stories/luo-shu-kai-men')
  })

  it('finds published documents only', async () => {
    const word = `草稿词${Date.now() % 100000}`
    const slug = unique('search-draft')
    await rest('POST', '/stories', auth, { title: `未发布 ${word}`, slug, _status: 'draft' })
    const draft = await search(word)
    expect(draft.status).toBe(200)
    expect(draft.text).not.toContain(slug)
    const published = unique('search-published')
    await rest('POST', '/stories', auth, { title: `已发布 ${word}2`, slug: published, _status: 'published' })
    expect((await search(`${word}2`)).text).toContain(`/stories/${published}`)
  })

  it('answers empty, too short and overlong queries with a friendly message', async () => {
    for (const q of ['', '茶', 'x'.repeat(500)]) {
      const res = await search(q)
      expect(res.status).toBe(200)
      expect(res.text).toMatch(/data-search-status[^>]*><p class="notice">[^<]+<\/p>/)
    }
    expect((await get('/search')).status).toBe(200)
  })

  it('treats LIKE wildcards as plain characters', async () => {
    const res = await search('%%__')
    expect(res.status).toBe(200)
    expect(res.text).not.toContain('data-search-hit')
  })

  it('follows publishing, edits, new slugs, unpublishing and deletion', async () => {
    const n = Date.now() % 100000
    const [before, after] = [`搜前词${n}`, `搜后词${n}`]
    const slug = unique('search-life')
    const { doc } = await rest<Doc>('POST', '/stories', auth, { title: `生命周期 ${before}`, slug, _status: 'published' })
    await eventually(async () => expect(hitPaths((await search(before)).text)).toEqual([`/stories/${slug}`]))

    await rest('PATCH', `/stories/${doc.id}`, auth, { title: `生命周期 ${after}` })
    await eventually(async () => {
      expect(hitPaths((await search(after)).text)).toEqual([`/stories/${slug}`])
      expect((await search(before)).text).not.toContain('data-search-hit')
    })

    const renamed = `${slug}-new`
    await rest('PATCH', `/stories/${doc.id}`, auth, { slug: renamed })
    await eventually(async () => expect(hitPaths((await search(after)).text)).toEqual([`/stories/${renamed}`]))

    await rest('PATCH', `/stories/${doc.id}`, auth, { _status: 'draft' })
    await eventually(async () => expect((await search(after)).text).not.toContain('data-search-hit'))

    await rest('PATCH', `/stories/${doc.id}`, auth, { _status: 'published' })
    await eventually(async () => expect(hitPaths((await search(after)).text)).toEqual([`/stories/${renamed}`]))

    await rest('DELETE', `/stories/${doc.id}`, auth)
    await eventually(async () => expect((await search(after)).text).not.toContain('data-search-hit'))
  })

  it('follows a document changed in the database alone (its search rows keep its public state)', async () => {
    const word = `库改词${Date.now() % 100000}`
    const slug = unique('search-sql')
    const { doc } = await rest<Doc>('POST', '/stories', auth, { title: `直接改库 ${word}`, slug, _status: 'published' })
    // Each search below is the first of its kind (locale and page), so no cached answer hides the database.
    await payload.db.pool.query(`update stories set _status = 'draft' where id = $1`, [doc.id])
    expect((await search(word)).text).not.toContain('data-search-hit')
    await payload.db.pool.query(`update stories set _status = 'published', slug = $2 where id = $1`, [doc.id, `${slug}-sql`])
    expect(hitPaths((await search(word, 'en')).text)).toEqual([`/en/stories/${slug}-sql`])
  })

  it('orders equal matches newest first, and follows a changed date', async () => {
    const word = `排序词${Date.now() % 100000}`
    const [older, newer] = [unique('search-older'), unique('search-newer')]
    const { doc } = await rest<Doc>('POST', '/stories', auth, { title: `较早 ${word}`, slug: older, publishedAt: '2024-01-01T00:00:00.000Z', _status: 'published' })
    await rest('POST', '/stories', auth, { title: `较新 ${word}`, slug: newer, publishedAt: '2025-01-01T00:00:00.000Z', _status: 'published' })
    await eventually(async () => expect(hitPaths((await search(word)).text)).toEqual([`/stories/${newer}`, `/stories/${older}`]))
    await rest('PATCH', `/stories/${doc.id}`, auth, { publishedAt: '2026-01-01T00:00:00.000Z' })
    await eventually(async () => expect(hitPaths((await search(word)).text)).toEqual([`/stories/${older}`, `/stories/${newer}`]))
  })

  it('finds English words exactly: inside longer words, with punctuation, never from scattered letter groups', async () => {
    const w = letters()
    const [scattered, whole, marks] = [unique('search-scattered'), unique('search-whole'), unique('search-marks')]
    // The scattered story holds every letter triple of `${w}worked` without the word itself.
    await rest('POST', '/stories', auth, { title: `英文甲 ${w}work ${w}marked`, slug: scattered, _status: 'published' })
    await rest('POST', '/stories', auth, { title: `英文乙 re${w}worked.`, slug: whole, _status: 'published' })
    await rest('POST', '/stories', auth, { title: `英文丙 ${w}|o'k:*x`, slug: marks, _status: 'published' })
    await eventually(async () => expect(hitPaths((await search(`${w}worked`)).text)).toEqual([`/stories/${whole}`]))
    expect(hitPaths((await search(`${w.slice(2)}worke`)).text)).toEqual([`/stories/${whole}`])
    expect(hitPaths((await search(`${w}worked.`)).text)).toEqual([`/stories/${whole}`])
    expect(hitPaths((await search(`${w}|o'k:*`)).text)).toEqual([`/stories/${marks}`])
    expect(hitPaths((await search(`${w}work`)).text).sort()).toEqual([`/stories/${scattered}`, `/stories/${whole}`].sort())
    expect(hitPaths((await search(`${w.toUpperCase()}WORKED`, 'en')).text)).toEqual([`/en/stories/${whole}`])
  })

  it('finds English words longer than the indexed suffixes exactly', async () => {
    const w = letters()
    const long = `${w}abcdefghijklmnopqrstuvwxyz${w}xyz`
    const [full, sameStart] = [unique('search-long'), unique('search-long-start')]
    await rest('POST', '/stories', auth, { title: `长词甲 ${long}`, slug: full, _status: 'published' })
    await rest('POST', '/stories', auth, { title: `长词乙 ${long.slice(0, 36)}qqq`, slug: sameStart, _status: 'published' })
    await eventually(async () => expect(hitPaths((await search(long)).text)).toEqual([`/stories/${full}`]))
    expect(hitPaths((await search(long.slice(0, 36))).text).sort()).toEqual([`/stories/${full}`, `/stories/${sameStart}`].sort())
  })

  it('confirms terms mixing Chinese and English in the text, where only the body holds them', async () => {
    const w = letters()
    const [scattered, whole] = [unique('search-mixed-scattered'), unique('search-mixed-whole')]
    // The scattered body holds every n-gram of 文${w} without the term itself.
    await rest('POST', '/stories', auth, { title: '混合甲', slug: scattered, body: paragraphsToLexical([`正文${w[0]}。另有 ${w}。`]), _status: 'published' })
    await rest('POST', '/stories', auth, { title: '混合乙', slug: whole, body: paragraphsToLexical([`这段正文${w}在这里。`]), _status: 'published' })
    await eventually(async () => expect(hitPaths((await search(`文${w}`)).text)).toEqual([`/stories/${whole}`]))
  })

  it('counts up to 1000 hits and then says there are more', async () => {
    const word = `千条词${Date.now() % 100000}`
    const prefix = unique('search-many')
    const source = await rest<Doc>('POST', '/stories', auth, { title: `很多 ${word}`, slug: prefix, _status: 'published' })
    const pool = payload.db.pool
    const columns = async (table: string) =>
      (await pool.query<{ c: string }>(`select column_name c from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name not in ('id', '_parent_id')`, [table])).rows.map((r) => `"${r.c}"`)
    const [story, locale] = [await columns('stories'), await columns('stories_locales')]
    // 1,000 copies straight into the tables (Payload would take minutes); the search index follows by its triggers.
    await pool.query(
      `insert into stories (${story}) select ${story.map((c) => (c === '"slug"' ? `o.slug || '-' || g` : `o.${c}`))} from stories o cross join generate_series(1, 1000) g where o.id = $1`,
      [source.doc.id],
    )
    await pool.query(
      `insert into stories_locales (${locale}, _parent_id) select ${locale.map((c) => `l.${c}`)}, n.id from stories_locales l join stories o on o.id = l._parent_id
       join stories n on n.slug like o.slug || '-%' where o.id = $1`,
      [source.doc.id],
    )
    try {
      const first = await search(word)
      expect(first.text).toContain(`找到超过 1000 条与“${word}”相关的内容`)
      expect(first.text).toContain('第 1 页，共 100 页')
      expect(hitPaths(first.text)).toHaveLength(10)
      expect((await search(word, 'en')).text).toContain(`More than 1000 results for “${word}”`)
      const last = await get(`/search?q=${encodeURIComponent(word)}&page=100`)
      expect(last.text).toContain('第 100 页，共 100 页')
      expect(hitPaths(last.text)).toHaveLength(10)
      expect(last.text).not.toContain('rel="next"')
    } finally {
      await pool.query(`delete from stories where slug like $1`, [`${prefix}-%`])
    }
  })
  it('marks activities in the results as past (已结束) or upcoming (即将举行) (issue 14, point 8)', async () => {
    const word = letters()
    const day = 86_400_000
    const at = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString()
    const past = unique('search-past')
    const upcoming = unique('search-upcoming')
    await rest('POST', '/activities', auth, { title: `已办 ${word}`, slug: past, kind: 'tea-service', startsAt: at(-7), endsAt: at(-6.9), _status: 'published' })
    await rest('POST', '/activities', auth, { title: `将办 ${word}`, slug: upcoming, kind: 'tea-service', startsAt: at(7), endsAt: at(7.1), _status: 'published' })
    const html = await eventually(async () => {
      const text = (await search(word)).text
      expect(hitPaths(text).sort()).toEqual([`/activities/${past}`, `/activities/${upcoming}`].sort())
      return text
    })
    const stateOf = (slug: string) => /data-activity-state="(\w+)"/.exec(html.split('<li').find((item) => item.includes(`href="/activities/${slug}"`)) ?? '')?.[1]
    expect(stateOf(past)).toBe('past')
    expect(stateOf(upcoming)).toBe('upcoming')
    expect(html).toContain('已结束')
    expect(html).toContain('即将举行')
  })
  it('finds Chinese titles by their pinyin and its initials, on both sites (issue 14, point 8)', async () => {
    for (const q of ['dongzhi', 'dongzhijiayan', 'dong zhi', 'jiayan', 'dz', 'dzjy', 'DongZhi']) {
      expect(hitPaths((await search(q)).text), q).toContain('/activities/dongzhi-jiayan-2026')
    }
    expect(hitPaths((await search('dongzhi', 'en')).text)).toContain('/en/activities/dongzhi-jiayan-2026')
    expect(hitPaths((await search('dongzhiqq')).text)).toEqual([])
  })

  it('follows a changed title in pinyin too, and keeps a draft unfindable by it', async () => {
    // Four characters no other document's title holds: their pinyin is what the search must find.
    const rareHan = () => Array.from({ length: 4 }, () => String.fromCharCode(0x9fa0 - Math.floor(Math.random() * 0x800))).join('')
    const rare = rareHan()
    const spelled = (title: string) => pinyin(title, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase()
    const slug = unique('search-pinyin')
    const { doc } = await rest<Doc>('POST', '/stories', auth, { title: `拼音${rare}`, slug, summary: '拼音搜索', _status: 'published' })
    await eventually(async () => expect(hitPaths((await search(spelled(rare))).text)).toEqual([`/stories/${slug}`]))
    let renamed = rareHan()
    while (spelled(renamed).includes(spelled(rare)) || spelled(rare).includes(spelled(renamed))) renamed = rareHan()
    await rest('PATCH', `/stories/${doc.id}`, auth, { title: `拼音${renamed}` })
    await eventually(async () => expect(hitPaths((await search(spelled(renamed))).text)).toEqual([`/stories/${slug}`]))
    expect(hitPaths((await search(spelled(rare))).text)).toEqual([])
    const draft = unique('search-pinyin-draft')
    await rest('POST', '/stories?draft=true', auth, { title: `草稿${rare}`, slug: draft, summary: '草稿', _status: 'draft' })
    await new Promise((r) => setTimeout(r, 1500))
    expect(hitPaths((await search(spelled(rare))).text)).not.toContain(`/stories/${draft}`)
  })
})
