import type { Payload } from 'payload'

type Props = { payload?: Payload; i18n?: { language?: string } }

type Item = { key: string; done: boolean; label: { zh: string; en: string }; href: string }

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** What a new team fills in before the site is theirs, each ticked off by the data itself (never by a click). */
export async function firstRunItems(payload: Payload): Promise<Item[]> {
  const settings = (await payload.findGlobal({ slug: 'site-settings', locale: 'zh', fallbackLocale: false, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
  const activities = await payload.count({ collection: 'activities', overrideAccess: true })
  const settingsHref = '/admin/globals/site-settings'
  return [
    { key: 'names', done: filled(settings.teamName) && filled(settings.communityName), label: { zh: '队伍名称和社区名称', en: 'Team and community name' }, href: settingsHref },
    { key: 'address', done: filled(settings.address), label: { zh: '地址', en: 'Address' }, href: settingsHref },
    { key: 'openingHours', done: filled(settings.openingHours), label: { zh: '开放时间', en: 'Opening hours' }, href: settingsHref },
    { key: 'contactPhone', done: filled(settings.contactPhone), label: { zh: '联系电话', en: 'Phone' }, href: settingsHref },
    { key: 'contactEmail', done: filled(settings.contactEmail), label: { zh: '回复邮件的联系邮箱', en: 'Contact address for replies' }, href: settingsHref },
    { key: 'recordingUnit', done: filled(settings.recordingUnit), label: { zh: '志愿服务记录单位（居委会）', en: 'Recording unit (residents’ committee)' }, href: settingsHref },
    { key: 'firstActivity', done: activities.totalDocs > 0, label: { zh: '第一个活动', en: 'A first activity' }, href: '/admin/collections/activities/create' },
  ]
}

/** The dashboard's first-run help: shown until everything on it is done, then it disappears by itself. */
export async function FirstRunChecklist({ payload, i18n }: Props) {
  if (!payload) return null
  const locale = i18n?.language === 'en' ? 'en' : 'zh'
  const items = await firstRunItems(payload)
  const open = items.filter((i) => !i.done).length
  if (open === 0) return null
  return (
    <section className="linli-first-run" aria-labelledby="linli-first-run-heading" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', padding: 'var(--base)', marginBottom: 'var(--base)' }}>
      <h2 id="linli-first-run-heading" style={{ marginTop: 0 }}>{locale === 'en' ? `Getting started: ${open} of ${items.length} left` : `开始使用：还有 ${open} / ${items.length} 项`}</h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={item.key} data-first-run={item.key} data-done={item.done ? 'true' : 'false'} style={{ padding: '0.25rem 0' }}>
            <span aria-hidden="true">{item.done ? '☑' : '☐'}</span>{' '}
            {item.done ? <span>{item.label[locale]}</span> : <a href={item.href}>{item.label[locale]}</a>}
            <span className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{item.done ? (locale === 'en' ? ' (done)' : '（已完成）') : locale === 'en' ? ' (to do)' : '（待完成）'}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
