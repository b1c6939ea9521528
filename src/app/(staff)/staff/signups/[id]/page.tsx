import { notFound } from 'next/navigation'

import { PhoneLink } from '@/components/site/PhoneLink'
import { formatDateTimeRange } from '@/lib/content/dates'
import type { Signup } from '@/payload-types'
import { labelOf, mobilityOptions, toPhoneReasons } from '@/signup/options'
import { loadOverview, requireStaff } from '@/signup/staff'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ note?: string }> }

const notes: Record<string, string> = {
  confirmed: '已登记，有名额。',
  waitlisted: '已登记，排在候补。',
  already: '这个手机号已经报过名了。',
  noRoom: '名额不够，不能转正。',
  closed: '活动已不接受报名。',
  tooLarge: '人数超过每份报名上限。',
  invalid: '请填写姓名和 11 位手机号。',
  done: '已完成。',
}

function Person({ s, back, actions }: { s: Signup; back: string; actions: [string, string][] }) {
  const needs = [s.pickup ? '需接送' : '', s.mobility ? labelOf(mobilityOptions, s.mobility, 'zh') : '', s.diet ? `忌口：${s.diet}` : '', s.note ?? ''].filter(Boolean).join('；')
  return (
    <div className="row">
      <div className="who">
        {s.name}（{s.partySize} 人）{s.source === 'phone' ? ' · 电话' : ''}
        <small>
          {s.phone ? <PhoneLink phone={s.phone} /> : '无电话'} · {s.reference}
          {s.toPhone ? ` · 需电话通知：${labelOf(toPhoneReasons, s.toPhoneReason, 'zh')}` : ''}
          {needs ? ` · ${needs}` : ''}
        </small>
      </div>
      {actions.map(([action, label]) => (
        <form className="inline" method="post" action="/staff/actions" key={action}>
          <input type="hidden" name="action" value={action} />
          <input type="hidden" name="id" value={s.id} />
          <input type="hidden" name="back" value={back} />
          <button type="submit">{label}</button>
        </form>
      ))}
    </div>
  )
}

/** One activity for staff: persons against capacity, the waiting list in order, needs in sum, whom to phone, and a phone sign-up. */
export default async function SignupOverview({ params, searchParams }: Props) {
  const { id } = await params
  const back = `/staff/signups/${id}`
  const ctx = await requireStaff(back)
  const o = await loadOverview(ctx, Number(id))
  if (!o) notFound()
  const { note } = await searchParams
  const a = o.activity
  const held = a.signup?.heldForPhone ?? 0
  return (
    <>
      <h1>{a.title}</h1>
      <p>{formatDateTimeRange(a.startsAt, a.endsAt, 'zh')} · {a.place}</p>
      {note && notes[note] ? <p className="notice" role="status">{notes[note]}</p> : null}
      <p className="figures">
        <span>已报名 {o.counts.confirmed}{a.capacity ? ` / ${a.capacity}` : ''} 人</span>
        <span>候补 {o.counts.waitlisted} 人（{o.counts.waitlistedParties} 份）</span>
        {o.onlineLeft !== null ? <span>网上剩余 {o.onlineLeft}</span> : null}
        {held ? <span>电话预留 {held}，共剩 {o.totalLeft}</span> : null}
      </p>
      <p className="figures">
        <span>需接送 {o.needs.pickup} 份</span>
        <span>轮椅 {o.needs.wheelchair}</span>
        <span>行动不便 {o.needs.limited}</span>
        {o.needs.diets.map(([diet, n]) => (
          <span key={diet}>
            {diet} {n} 人
          </span>
        ))}
      </p>
      <div className="links">
        <a className="btn primary" href={`${back}/check-in`}>签到页</a>
        <a className="btn" href={`${back}/sheet.pdf`}>打印签到表</a>
        <a className="btn" href={`${back}/export.csv`}>导出 CSV</a>
        <a className="btn" href={`/admin/collections/activities/${a.id}`}>编辑活动</a>
      </div>

      <h2>需电话通知（{o.toPhone.length}）</h2>
      {o.toPhone.map((s) => <Person key={s.id} s={s} back={back} actions={[['phoned', '已打电话']]} />)}

      <h2>电话报名</h2>
      <form className="grid" method="post" action="/staff/actions">
        <input type="hidden" name="action" value="phoneSignup" />
        <input type="hidden" name="activityId" value={a.id} />
        <input type="hidden" name="back" value={back} />
        <label>姓名<input name="name" required maxLength={60} /></label>
        <label>手机号<input name="phone" type="tel" required maxLength={30} /></label>
        <label>
          人数
          <select name="partySize" defaultValue="1">
            {Array.from({ length: Math.max(1, a.signup?.maxParty ?? 2) }, (_, i) => <option key={i} value={i + 1}>{i + 1} 人</option>)}
          </select>
        </label>
        <label className="check"><input type="checkbox" name="pickup" />需要接送</label>
        <label>忌口<input name="diet" maxLength={120} /></label>
        <label>
          行动情况
          <select name="mobility" defaultValue="">
            <option value="">行动方便</option>
            {mobilityOptions.map((m) => <option key={m.value} value={m.value}>{m.label.zh}</option>)}
          </select>
        </label>
        <label>备注<input name="note" maxLength={500} /></label>
        <button className="primary" type="submit">登记电话报名（可用预留名额）</button>
      </form>

      <h2>已报名（{o.confirmed.length} 份）</h2>
      {o.confirmed.map((s) => <Person key={s.id} s={s} back={back} actions={[['cancel', '取消']]} />)}

      <h2>候补（按顺序）</h2>
      {o.waitlisted.map((s) => <Person key={s.id} s={s} back={back} actions={[['confirm', '转正'], ['cancel', '取消']]} />)}

      {o.cancelled.length ? <h2>已取消（{o.cancelled.length}）</h2> : null}
      {o.cancelled.map((s) => <Person key={s.id} s={s} back={back} actions={[]} />)}
    </>
  )
}
