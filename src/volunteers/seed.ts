import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { seededRandom } from '@/lib/seededRandom'

/**
 * The demo team as the 伏龙 case describes it (made-up people): 14 core members led by 骆叔 and
 * 彩虹奶奶, about 20 occasional volunteers brought in through 老带新 (each with a mentor), and a year
 * of service records — door duty at 老顽童之家 twice a week, the weekly tea corner, the monthly
 * meeting and quarterly trainings — plus duties on the seeded activities.
 * Bulk inserts in one transaction (a few statements, not hundreds of Local API calls); idempotent:
 * nothing is written when 骆叔 is already on the roster.
 */
const core = ['骆叔', '彩虹奶奶', '陈大姐', '老周', '刘阿姨', '王师傅', '张婶', '李大爷', '赵姐', '孙叔', '何阿姨', '唐老师', '罗大哥', '杨奶奶']
const occasional = ['小林', '吴阿姨', '郑叔', '冯姐', '许大爷', '邓阿姨', '曹师傅', '彭姐', '曾叔', '萧阿姨', '田大哥', '董姐', '袁阿姨', '潘叔', '蒋姐', '蔡大爷', '余阿姨', '杜师傅', '叶姐', '程叔']
/** The demo team's names, as the case tells it: 14 core members and 20 occasional volunteers. */
export const demoTeamNames = { core, occasional }

type Row = unknown[]
const DAY = 864e5

function values(rows: Row[], offset = 0): { text: string; params: unknown[] } {
  const params: unknown[] = []
  const text = rows.map((row) => `(${row.map((v) => { params.push(v); return `$${params.length + offset}` }).join(', ')})`).join(', ')
  return { text, params }
}

export async function seedTeam(payload: Payload, now = new Date()): Promise<number> {
  const client = await payload.db.pool.connect()
  try {
    const present = await client.query(`select 1 from volunteers where name = '骆叔' limit 1`)
    if (present.rowCount) return 0
    await client.query('begin')
    const random = seededRandom(67)
    const courtyards = (await client.query<{ id: number }>('select id from courtyards order by id')).rows.map((r) => r.id)
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]
    const yearAgo = now.getTime() - 365 * DAY
    const people = [
      ...core.map((name, i) => ({ name, status: 'core', joined: new Date(yearAgo - (6 - (i % 6)) * 180 * DAY) })),
      ...occasional.map((name, i) => ({ name, status: i % 7 === 6 ? 'paused' : 'occasional', joined: new Date(yearAgo + i * 15 * DAY) })),
    ]
    const inserted = values(
      people.map((p, i) => [
        p.name,
        `139${String(80000000 + i * 7919).slice(0, 8)}`,
        courtyards.length ? pick(courtyards) : null,
        p.joined.toISOString(),
        p.status,
        crypto.randomBytes(18).toString('base64url'),
        i === 0 ? '经彩虹奶奶介绍入队；开门值班“像上班一样”。' : null,
      ]),
    )
    const ids = (await client.query<{ id: number; name: string }>(`insert into volunteers (name, mobile, courtyard_id, joined_at, status, link_token, note) values ${inserted.text} returning id, name`, inserted.params)).rows
    const idOf = new Map(ids.map((r) => [r.name, r.id]))
    // 老带新: 彩虹奶奶 brought 骆叔; each occasional volunteer has a core mentor.
    const pairs: [string, string][] = [['骆叔', '彩虹奶奶'], ...occasional.map((name, i): [string, string] => [name, core[i % 5 === 0 ? 2 : i % core.length]])]
    for (const [mentee, mentor] of pairs) await client.query('update volunteers set mentor_id = $1 where id = $2', [idOf.get(mentor), idOf.get(mentee)])

    const coreIds = core.map((n) => idOf.get(n)!)
    const occasionalIds = occasional.map((n) => idOf.get(n)!)
    const organiser = '老顽童之家志愿服务队'
    const records: Row[] = []
    const add = (volunteer: number, name: string, date: number, hours: number, kind: string, content: string, place = '伏龙社区老顽童之家') =>
      records.push([volunteer, name, new Date(date).toISOString(), hours, place, kind, content, organiser, '彩虹奶奶', kind === 'training', new Date(date + 2 * DAY).toISOString()])
    for (let day = 0; day < 365; day++) {
      const t = yearAgo + day * DAY + 1.5 * 3600e3 // 09:30 in China
      const weekday = new Date(t + 8 * 3600e3).getUTCDay()
      if (weekday === 2 || weekday === 5) {
        add(idOf.get('骆叔')!, '老顽童之家开门值班', t, 3, 'other', '开门值班、整理活动室')
        add(pick(coreIds.slice(1)), '老顽童之家开门值班', t, 3, 'other', '开门值班、接待来访老人')
      }
      if (weekday === 3) {
        const n = 3 + Math.floor(random() * 3)
        const team = new Set<number>()
        while (team.size < n) team.add(random() < 0.6 ? pick(coreIds) : pick(occasionalIds))
        for (const v of team) add(v, '公益茶座', t + 5 * 3600e3, 2, 'tea-service', '茶座：陪老人喝茶聊天')
      }
      const date = new Date(t + 8 * 3600e3)
      if (date.getUTCDate() === 5) for (const v of coreIds) add(v, '志愿者月例会', t + 6 * 3600e3, 1.5, 'monthly-meeting', '月例会：回顾上月、安排分工、介绍新人')
      if (date.getUTCDate() === 15 && date.getUTCMonth() % 3 === 0)
        for (const v of [...coreIds, ...occasionalIds.filter(() => random() < 0.4)]) add(v, '志愿者培训', t + 5 * 3600e3, 2, 'training', '培训：志愿服务技能与陪伴技巧', '伏龙社区党群服务中心')
    }
    for (let i = 0; i < records.length; i += 500) {
      const chunk = values(records.slice(i, i + 500))
      await client.query(
        `insert into service_records (volunteer_id, activity_name, date, hours, place, kind, content, organiser, person_in_charge, is_training, recorded_at) values ${chunk.text}`,
        chunk.params,
      )
    }
    // Duties on the seeded activities: door, tea, and escorting older people, with volunteers assigned.
    const activities = (await client.query<{ id: number; kind: string }>(`select id, kind from activities order by starts_at`)).rows
    const roles: [string, number][] = [['door', 1], ['tea', 3], ['escort', 2]]
    for (const a of activities) {
      for (const [role, needed] of roles) {
        const label = role === 'door' ? '开门值班' : role === 'tea' ? '茶座' : '接送老人'
        const duty = (await client.query<{ id: number }>('insert into duties (activity_id, role, needed, label) values ($1, $2, $3, $4) returning id', [a.id, role, needed, label])).rows[0]
        const assigned = role === 'door' ? [idOf.get('骆叔')!] : [pick(coreIds), pick(occasionalIds)].slice(0, needed)
        const rels = values([...new Set(assigned)].map((v, order) => [order + 1, duty.id, 'volunteers', v]))
        await client.query(`insert into duties_rels ("order", parent_id, path, volunteers_id) values ${rels.text}`, rels.params)
      }
    }
    await client.query('commit')
    return people.length + records.length
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
