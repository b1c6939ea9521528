import { activityKinds, type ActivityKind } from '@/collections/Activities/kinds'
import { localePath, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'

export const kindBase = (kind: ActivityKind | '') => (kind ? `/activities/kind/${kind}` : '/activities')

/** Plain links, one cached page per kind: no query strings. */
export function KindFilter({ locale, current }: { locale: Locale; current: ActivityKind | '' }) {
  const t = getDictionary(locale)
  const options: { value: ActivityKind | ''; label: string }[] = [
    { value: '', label: t.activities.allKinds },
    ...activityKinds.map((k) => ({ value: k.value, label: k.label[locale] })),
  ]
  return (
    <nav aria-label={t.activities.filterLabel}>
      <ul className="filters">
        {options.map((o) => (
          <li key={o.value || 'all'}>
            <a href={localePath(locale, kindBase(o.value))} aria-current={o.value === current ? 'page' : undefined}>
              {o.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
