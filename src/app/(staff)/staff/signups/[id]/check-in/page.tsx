import { notFound } from 'next/navigation'

import { CheckInRow } from '@/components/signup/CheckInRow'
import { doorNotes } from '@/signup/doorNotes'
import { loadOverview, requireStaff } from '@/signup/staff'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; note?: string }> }

/** At the door, on a phone: everyone confirmed, search by name or the phone's last digits, one big 到了 button each (then 走了). */
export default async function CheckIn({ params, searchParams }: Props) {
  const { id } = await params
  const { q = '', note } = await searchParams
  const base = `/staff/signups/${id}/check-in`
  const ctx = await requireStaff(base)
  const o = await loadOverview(ctx, Number(id))
  if (!o) notFound()
  const query = q.trim()
  const shown = o.confirmed.filter((s) => !query || s.name.includes(query) || (/^\d+$/.test(query) && (s.phone ?? '').endsWith(query)))
  const arrived = o.confirmed.filter((s) => s.attendance === 'attended').reduce((n, s) => n + s.partySize, 0)
  const left = o.confirmed.filter((s) => s.attendance === 'attended' && s.checkedOutAt).reduce((n, s) => n + s.partySize, 0)
  const back = query ? `${base}?q=${encodeURIComponent(query)}` : base
  return (
    <>
      <h1>签到 · {o.activity.title}</h1>
      {note && doorNotes[note] ? <p className="notice" role="status">{doorNotes[note]}</p> : null}
      <p className="figures">
        <span>已到 {arrived} / {o.counts.confirmed} 人</span>
        {left ? <span>已签退 {left} 人</span> : null}
      </p>
      <form method="get" action={base} role="search">
        <label htmlFor="q">搜姓名或手机尾号</label>
        <input id="q" name="q" type="search" defaultValue={query} inputMode="search" autoComplete="off" />
      </form>
      {shown.map((s) => (
        <CheckInRow key={s.id} s={s} back={back} />
      ))}
      {shown.length ? null : <p>没有找到。</p>}
    </>
  )
}
