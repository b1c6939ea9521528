import { CoverImage } from '@/components/site/CoverImage'
import { CARD_SIZES } from '@/components/stories/StoryCard'
import { formatDate } from '@/lib/content/dates'
import { documentPath, type Locale } from '@/lib/content/paths'
import type { Case } from '@/payload-types'

export function CaseCards({ cases, locale }: { cases: Case[]; locale: Locale }) {
  return (
    <ul className="cards">
      {cases.map((item) => (
        <li key={item.id} className="card">
          <CoverImage media={item.cover} size="card" sizes={CARD_SIZES} />
          <div className="card-body">
            <h3>
              <a href={documentPath('cases', item.slug ?? '', locale)}>{item.title}</a>
            </h3>
            <p className="meta">
              {[item.organisation, item.publishedAt ? formatDate(item.publishedAt, locale) : null].filter(Boolean).join(' · ')}
            </p>
            {item.summary ? <p>{item.summary}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
