'use client'

import { Gutter, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { deadlineText } from '../deadlineText'

type Pending = { id: number; title: string; endsAt: string; deadline: { lastDay: string; workingDaysLeft: number; overdue: boolean } }
type Entry = { volunteer: number; name: string; hours: number; role: string; recorded?: boolean; served: boolean }
type Volunteer = { id: number; name: string }
type Chosen = { id: number; title: string; startsAt: string; endsAt: string; place: string }

const muted: React.CSSProperties = { color: 'var(--theme-elevation-600)' }
const cell: React.CSSProperties = { padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'middle' }

const when = (a: Chosen) => {
  const fmt = (iso: string, o: Intl.DateTimeFormatOptions) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, ...o })
  return `${fmt(a.startsAt, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })}–${fmt(a.endsAt, { hour: '2-digit', minute: '2-digit' })}`
}

/**
 * /admin/record-activity — recording is one step after an activity: pick it from the list of what waits
 * (with Art. 11's working days left), confirm who served and for how long (defaults from the duties,
 * the door's check-in and check-out, or the activity's times; adjustable per person), save.
 */
export function RecordActivityView() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const [pending, setPending] = useState<Pending[] | null>(null)
  const [rule, setRule] = useState('')
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [entries, setEntries] = useState<Entry[]>([])
  const [roster, setRoster] = useState<Volunteer[]>([])
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const [defaultHours, setDefaultHours] = useState(0)
  const [inCharge, setInCharge] = useState('')
  const [saving, setSaving] = useState(false)

  const load = async () => {
    const res = await fetch('/api/service-records/to-record', { credentials: 'include' })
    if (!res.ok) return setPending([])
    const body = (await res.json()) as { activities: Pending[]; rule: { zh: string; en: string } }
    setPending(body.activities)
    setRule(en ? body.rule.en : body.rule.zh)
  }
  useEffect(() => {
    void load()
    void fetch('/api/volunteers?limit=500&depth=0&sort=name&where[status][not_in]=left,paused&select[name]=true', { credentials: 'include' })
      .then((r) => r.json())
      .then((b: { docs?: Volunteer[] }) => setRoster(b.docs ?? []))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const choose = async (id: number) => {
    setMessage('')
    setError('')
    const res = await fetch(`/api/service-records/record-activity/${id}`, { credentials: 'include' })
    if (!res.ok) return setError(en ? 'This activity could not be opened.' : '打不开这场活动。')
    const body = (await res.json()) as { hours: number; activity: Chosen; entries: Omit<Entry, 'served'>[] }
    setChosen(body.activity)
    setDefaultHours(body.hours)
    setEntries(body.entries.map((e) => ({ ...e, served: !e.recorded })))
  }

  const add = (id: number) => {
    const person = roster.find((v) => v.id === id)
    if (!person || entries.some((e) => e.volunteer === id)) return
    setEntries([...entries, { volunteer: id, name: person.name, hours: defaultHours, role: '', served: true }])
  }

  const save = async () => {
    if (!chosen) return
    setSaving(true)
    setError('')
    try {
      const res = await fetch(`/api/service-records/record-activity/${chosen.id}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          entries: entries.filter((e) => e.served).map((e) => ({ volunteer: e.volunteer, hours: e.hours, role: e.role })),
          personInCharge: inCharge.trim() || undefined,
        }),
      })
      const body = (await res.json()) as { created?: number[]; errors?: { message: string }[] }
      if (!res.ok) return setError(body.errors?.[0]?.message ?? (en ? 'Not saved.' : '没有保存成功。'))
      setMessage(en ? `Recorded: ${body.created?.length} records for ${chosen.title}.` : `已记录 ${body.created?.length} 条服务记录：${chosen.title}。`)
      setChosen(null)
      setEntries([])
      void load()
    } finally {
      setSaving(false)
    }
  }

  const served = entries.filter((e) => e.served)
  return (
    <Gutter>
      <div style={{ maxWidth: '52rem', paddingBottom: 'calc(var(--base) * 2)' }}>
        <h1 style={{ marginBottom: 8 }}>{en ? 'Record an activity' : '记录一场活动'}</h1>
        <p style={{ ...muted, marginTop: 0 }}>{rule}</p>
        {message ? <p role="status" style={{ padding: '8px 12px', background: 'var(--theme-success-100)', borderRadius: 4 }}>{message}</p> : null}
        {error ? <p role="alert" style={{ padding: '8px 12px', background: 'var(--theme-error-100)', borderRadius: 4 }}>{error}</p> : null}
        {chosen ? (
          <form onSubmit={(e) => { e.preventDefault(); void save() }} aria-labelledby="record-who">
            <h2 id="record-who" style={{ marginBottom: 4 }}>{chosen.title}</h2>
            <p style={{ ...muted, marginTop: 0 }}>{when(chosen)}{chosen.place ? ` · ${chosen.place}` : ''}</p>
            <p style={{ marginBottom: 8 }}>
              {en
                ? `Who served, and for how long: hours default to the activity's length (${defaultHours} h), or to the time between check-in and check-out at the door.`
                : `谁参加了服务，服务多长时间：默认按活动时长（${defaultHours} 小时），在门口签到又签退的按实际时间。`}
            </p>
            <div style={{ overflowX: 'auto' }}>
              <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    <th style={cell}>{en ? 'Served' : '参加'}</th>
                    <th style={cell}>{en ? 'Volunteer' : '志愿者'}</th>
                    <th style={cell}>{en ? 'Hours' : '时长（小时）'}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e, i) => (
                    <tr key={e.volunteer}>
                      <td style={cell}>
                        <input type="checkbox" style={{ width: 20, height: 20 }} aria-label={e.name} checked={e.served} disabled={e.recorded} onChange={(ev) => setEntries(entries.map((x, j) => (j === i ? { ...x, served: ev.target.checked } : x)))} />
                      </td>
                      <td style={cell}>
                        <strong>{e.name}</strong>
                        {e.role ? <span style={muted}> · {e.role}</span> : null}
                        {e.recorded ? <span style={muted}>{en ? ' (already recorded)' : '（已记录）'}</span> : null}
                      </td>
                      <td style={cell}>
                        <input
                          type="number"
                          inputMode="decimal"
                          min={0}
                          max={24}
                          step={0.5}
                          style={{ width: '5.5rem', padding: '6px 8px', fontSize: 16 }}
                          aria-label={`${e.name} ${en ? 'hours' : '时长'}`}
                          value={e.hours}
                          disabled={e.recorded}
                          onChange={(ev) => setEntries(entries.map((x, j) => (j === i ? { ...x, hours: Number(ev.target.value) } : x)))}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, margin: '16px 0' }}>
              <label style={{ display: 'grid', gap: 4 }}>
                {en ? 'Add someone who served' : '添加参加服务的人'}
                <select value="" onChange={(ev) => add(Number(ev.target.value))} style={{ padding: '6px 8px', fontSize: 16, maxWidth: '100%' }}>
                  <option value="">{en ? '— choose —' : '— 选择志愿者 —'}</option>
                  {roster.filter((v) => !entries.some((e) => e.volunteer === v.id)).map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
                </select>
              </label>
              <label style={{ display: 'grid', gap: 4 }}>
                {en ? 'Person in charge (default: you)' : '负责人（不填即为本人）'}
                <input value={inCharge} maxLength={40} onChange={(ev) => setInCharge(ev.target.value)} style={{ padding: '6px 8px', fontSize: 16, width: '12rem', maxWidth: '100%' }} />
              </label>
            </div>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
              <button type="submit" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }} disabled={saving || served.filter((e) => !e.recorded).length === 0}>
                {en ? `Record ${served.filter((e) => !e.recorded).length}` : `保存记录（${served.filter((e) => !e.recorded).length} 人）`}
              </button>
              <button type="button" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} onClick={() => { setChosen(null); setEntries([]) }}>
                {en ? 'Back to the list' : '返回列表'}
              </button>
            </div>
          </form>
        ) : (
          <section aria-labelledby="to-record">
            <h2 id="to-record">{en ? 'Still to record' : '待记录的活动'}</h2>
            {pending === null ? <p style={muted}>{en ? 'Loading…' : '正在加载…'}</p> : pending.length === 0 ? <p>{en ? 'Nothing waits.' : '没有待记录的活动。'}</p> : null}
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {(pending ?? []).map((p) => (
                <li key={p.id} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', padding: '8px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
                  <button type="button" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0, textAlign: 'left', whiteSpace: 'normal' }} onClick={() => choose(p.id)}>
                    {p.title}
                  </button>
                  <span style={{ color: p.deadline.overdue ? 'var(--theme-error-600)' : 'var(--theme-elevation-700)', fontWeight: p.deadline.overdue ? 600 : 400 }}>
                    {deadlineText(p.deadline, en ? 'en' : 'zh')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Gutter>
  )
}
