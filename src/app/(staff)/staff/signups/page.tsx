import { formatDateTimeRange } from '@/lib/content/dates'
import { countSignups } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { requireStaff } from '@/signup/staff'

export const dynamic = 'force-dynamic'

/** Activities taking sign-ups, the next ones first, with their figures. */
export default async function StaffSignups() {
  const { payload, user } = await requireStaff('/staff/signups')
  const { docs } = await payload.find({
    collection: 'activities',
    where: { 'signup.enabled': { equals: true } },
    sort: 'startsAt',
    limit: 100,
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
  })
  const upcoming = docs.filter((a) => Date.parse(a.endsAt) > Date.now() - 86_400_000)
  const rows = await Promise.all(upcoming.map(async (a) => ({ a, c: await countSignups(databasePool(payload), a.id) })))
  return (
    <>
      <h1>活动报名</h1>
      {rows.length ? null : <p>目前没有开放报名的活动。在活动公告里勾选“开放报名”即可。</p>}
      {rows.map(({ a, c }) => (
        <div className="row" key={a.id}>
          <div className="who">
            <a href={`/staff/signups/${a.id}`}>{a.title}</a>
            <small>{formatDateTimeRange(a.startsAt, a.endsAt, 'zh')}</small>
          </div>
          <span>
            已报 {c.confirmed}
            {a.capacity ? ` / ${a.capacity}` : ''} 人 · 候补 {c.waitlisted} 人
          </span>
          <a className="btn" href={`/staff/signups/${a.id}/check-in`}>
            签到
          </a>
        </div>
      ))}
    </>
  )
}
