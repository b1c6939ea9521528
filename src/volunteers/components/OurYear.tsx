import type { Locale } from '@/lib/content/paths'
import { getPayloadClient } from '@/lib/content/payload'
import { teamFigures } from '../figures'

/**
 * "Our year" on the about page: aggregates only (hours, activities, volunteers), never a name.
 * Rendered into the cached page like the rest of it.
 */
export async function OurYear({ locale }: { locale: Locale }) {
  let f: Awaited<ReturnType<typeof teamFigures>>
  try {
    f = await teamFigures(await getPayloadClient())
  } catch {
    return null
  }
  if (f.totalHours === 0 && f.activeVolunteers === 0) return null
  const en = locale === 'en'
  const items: [string, number][] = [
    [en ? 'hours of volunteer service' : '小时志愿服务', Math.round(f.totalHours)],
    [en ? 'activities' : '场活动', f.activities],
    [en ? 'volunteers' : '位志愿者', f.activeVolunteers],
  ]
  return (
    <section aria-labelledby="our-year" className="our-year">
      <h2 id="our-year">{en ? 'Our year' : '我们这一年'}</h2>
      <ul className="facts-inline">
        {items.map(([label, n]) => (
          <li key={label}>
            <strong data-figure={label}>{n}</strong> {label}
          </li>
        ))}
      </ul>
      <p>{en ? 'The last twelve months, from our service records.' : '近十二个月，根据志愿服务记录统计。'}</p>
    </section>
  )
}
