'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { deadlineText } from '../deadlineText'

type Pending = { id: number; title: string; endsAt: string; deadline: { lastDay: string; workingDaysLeft: number; overdue: boolean } }
type Entry = { volunteer: number; name: string; hours: number; role: string; recorded?: boolean; served: boolean }
type Volunteer = { id: number; name: string }

/**
 * /admin/record-activity — recording is one step after an activity: pick it from the list of what waits
 * (with Art. 11's working days left), confirm who served and for how long (defaults from the duties and
 * the activity's times, adjustable per person), save.
 */
export function RecordActivityView() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const [pending, setPending] = useState<Pending[]>([])
  const [rule, setRule] = useState('')
  const [chosen, setChosen] = useState<number | null>(null)
  const [entries, setEntries] = useState<Entry[]>([])
  const [roster, setRoster] = useState<Volunteer[]>([])
  const [message, setMessage] = useState('')
  const [defaultHours, setDefaultHours] = useState(0)

  const load = async () => {
    const res = await fetch('/api/service-records/to-record', { credentials: 'include' })
    if (!res.ok) return
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
    setChosen(id)
    setMessage('')
    const res = await fetch(`/api/service-records/record-activity/${id}`, { credentials: 'include' })
    const body = (await res.json()) as { hours: number; entries: Omit<Entry, 'served'>[] }
    setDefaultHours(body.hours)
    setEntries(body.entries.map((e) => ({ ...e, served: !e.recorded })))
  }

  const add = (id: number) => {
    const person = roster.find((v) => v.id === id)
    if (!person || entries.some((e) => e.volunteer === id)) return
    setEntries([...entries, { volunteer: id, name: person.name, hours: defaultHours, role: '', served: true }])
  }

  const save = async () => {
    const res = await fetch(`/api/service-records/record-activity/${chosen}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ entries: entries.filter((e) => e.served).map((e) => ({ volunteer: e.volunteer, hours: e.hours, role: e.role })) }),
    })
    const body = (await res.json()) as { created?: number[]; errors?: { message: string }[] }
    if (!res.ok) return setMessage(body.errors?.[0]?.message ?? 'Error')
    setMessage(en ? `Recorded: ${body.created?.length} records.` : `已记录 ${body.created?.length} 条服务记录。`)
    setChosen(null)
    setEntries([])
    void load()
  }

  return (
    <div className="gutter--left gutter--right" style={{ paddingTop: 'var(--base)', paddingBottom: 'var(--base)', maxWidth: '60rem' }}>
      <h1>{en ? 'Record an activity' : '记录一次活动'}</h1>
      <p style={{ color: 'var(--theme-elevation-600)' }}>{rule}</p>
      {message ? <p role="status">{message}</p> : null}
      <h2>{en ? 'Still to record' : '待记录的活动'}</h2>
      {pending.length === 0 ? <p>{en ? 'Nothing waits.' : '没有待记录的活动。'}</p> : null}
      <ul>
        {pending.map((p) => (
          <li key={p.id}>
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => choose(p.id)} aria-pressed={chosen === p.id}>
              {p.title}
            </button>{' '}
            {deadlineText(p.deadline, en ? 'en' : 'zh')}
          </li>
        ))}
      </ul>
      {chosen ? (
        <form onSubmit={(e) => { e.preventDefault(); void save() }}>
          <h2>{en ? 'Who served, and for how long' : '谁参加了服务，服务多长时间'}</h2>
          <table>
            <thead>
              <tr><th>{en ? 'Served' : '参加'}</th><th>{en ? 'Volunteer' : '志愿者'}</th><th>{en ? 'Hours' : '时长（小时）'}</th></tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={e.volunteer}>
                  <td><input type="checkbox" aria-label={e.name} checked={e.served} onChange={(ev) => setEntries(entries.map((x, j) => (j === i ? { ...x, served: ev.target.checked } : x)))} /></td>
                  <td>{e.name}{e.role ? ` · ${e.role}` : ''}{e.recorded ? (en ? ' (already recorded)' : '（已记录）') : ''}</td>
                  <td><input type="number" min={0} max={24} step={0.5} aria-label={`${e.name} ${en ? 'hours' : '时长'}`} value={e.hours} onChange={(ev) => setEntries(entries.map((x, j) => (j === i ? { ...x, hours: Number(ev.target.value) } : x)))} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <label>
              {en ? 'Add someone who served: ' : '添加参加服务的人：'}
              <select value="" onChange={(ev) => add(Number(ev.target.value))}>
                <option value="">—</option>
                {roster.filter((v) => !entries.some((e) => e.volunteer === v.id)).map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
              </select>
            </label>
          </p>
          <button type="submit" className="btn btn--style-primary">{en ? 'Record' : '保存记录'}</button>
        </form>
      ) : null}
    </div>
  )
}
