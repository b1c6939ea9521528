import type { Payload } from 'payload'

import { activityKinds } from '@/collections/Activities/kinds'
import { deadlineText } from '../deadlineText'
import { type TeamFigures, teamFigures } from '../figures'
import { activitiesToRecord } from '../recording'
import { countingRule } from '../workingDays'

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 'calc(var(--base) / 2)', minWidth: 150 }

/** The admin's first page for social workers: what waits, and the team in numbers (last 12 months). */
/** 已报名 12 / 30 人，候补 3 人 when the activity takes sign-ups; otherwise its places, if it has a limit. */
function placesText(a: TeamFigures['thisWeek'][number]): string {
  if (!a.signupEnabled) return a.capacity ? `，名额 ${a.capacity}` : ''
  return `，已报名 ${a.signedUp}${a.capacity ? ` / ${a.capacity}` : ''} 人${a.waiting ? `，候补 ${a.waiting} 人` : ''}`
}

export async function TeamDashboard({ payload, user }: { payload: Payload; user?: { role?: string } | null }) {
  if (!user || !['admin', 'editor'].includes(user.role ?? '')) return null
  const [f, toRecord] = await Promise.all([teamFigures(payload), activitiesToRecord(payload)])
  const max = Math.max(1, ...f.hoursPerMonth.map((m) => m.hours))
  const kind = (k: string) => activityKinds.find((x) => x.value === k)?.label.zh ?? k
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby="team-dashboard">
      <h2 id="team-dashboard">待办与队伍概况</h2>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', margin: '12px 0' }}>
        <div style={box} data-figure="new-applications">
          <div>新报名</div>
          <strong style={{ fontSize: 28 }}>{f.newApplications}</strong>
          <div>{f.longestWaitDays === null ? '' : `最久已等 ${f.longestWaitDays} 天`}</div>
        </div>
        <div style={box} data-figure="to-record">
          <div>待记录的活动</div>
          <strong style={{ fontSize: 28 }}>{toRecord.length}</strong>
          <div>{toRecord[0] ? `最紧：${deadlineText(toRecord[0].deadline)}` : ''}</div>
          {toRecord.length ? (
            <a className="btn btn--style-primary btn--size-small" style={{ margin: '6px 0 0' }} href="/admin/record-activity">
              去记录（一步完成）
            </a>
          ) : null}
        </div>
        <div style={box} data-figure="active-volunteers">
          <div>在册活跃志愿者</div>
          <strong style={{ fontSize: 28 }}>{f.activeVolunteers}</strong>
        </div>
        <div style={box} data-figure="newcomers">
          <div>近一年报名入队</div>
          <strong style={{ fontSize: 28 }}>{f.newcomers}</strong>
        </div>
        <div style={box} data-figure="total-hours">
          <div>近一年服务时长</div>
          <strong style={{ fontSize: 28 }}>{f.totalHours}</strong> 小时
        </div>
        <div style={box} data-figure="people-served">
          <div>参加服务的志愿者</div>
          <strong style={{ fontSize: 28 }}>{f.peopleServed}</strong>
        </div>
      </div>
      <p style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>{countingRule.zh}</p>
      {toRecord.length ? (
        <ul>
          {toRecord.slice(0, 8).map((a) => (
            <li key={a.id}>
              <a href={`/admin/record-activity`}>{a.title}</a>：{deadlineText(a.deadline)}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>本周活动</h3>
      {f.thisWeek.length ? (
        <ul>
          {f.thisWeek.map((a) => (
            <li key={a.id}>
              <a href={`/admin/collections/activities/${a.id}`}>{a.title}</a>（{new Date(a.startsAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' })}
              {placesText(a)}）
              {a.signupEnabled ? <a href={`/staff/signups/${a.id}`}>报名名单</a> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>本周没有活动。</p>
      )}
      <h3>每月服务时长（小时）</h3>
      {/* Drawn to scale (no stretching of the labels): one 36-unit column per month, the hours over each bar, the year under the first month and each January. */}
      <svg role="img" aria-label="每月服务时长" viewBox={`0 0 ${Math.max(1, f.hoursPerMonth.length) * 36} 150`} style={{ width: '100%', maxWidth: 640, height: 'auto', display: 'block' }}>
        {f.hoursPerMonth.map((m, i) => {
          const h = (m.hours / max) * 96
          const [year, month] = m.month.split('-')
          return (
            <g key={m.month}>
              <rect x={i * 36 + 5} y={112 - h} width={26} height={h} fill="currentColor" opacity={0.6}>
                <title>{`${year}年${Number(month)}月：${m.hours} 小时`}</title>
              </rect>
              <text x={i * 36 + 18} y={108 - h} fontSize={9} textAnchor="middle" fill="currentColor">
                {Math.round(m.hours)}
              </text>
              <text x={i * 36 + 18} y={126} fontSize={10} textAnchor="middle" fill="currentColor">
                {Number(month)}月
              </text>
              {i === 0 || month === '01' ? (
                <text x={i * 36 + 18} y={140} fontSize={9} textAnchor="middle" fill="currentColor" opacity={0.7}>
                  {year}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <h3>近一年活动（按类型）</h3>
      <p>{f.activitiesByKind.map((k) => `${kind(k.kind)} ${k.count}`).join('，') || '—'}</p>
      <p>
        <a className="btn btn--style-secondary btn--size-small" href="/api/volunteers/figures.csv" download>
          导出统计（CSV）
        </a>
      </p>
    </section>
  )
}
