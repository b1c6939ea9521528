import type { ReactNode } from 'react'

import { CoverImage } from '@/components/site/CoverImage'
import { documentPath, type Locale } from '@/lib/content/paths'
import type { Case, Story } from '@/payload-types'

export const CARD_SIZES = '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw'

type Article = Story | Case

/** Story and case cards: cover, linked title, a meta line of the caller's, and the summary. */
export function ArticleCards<T extends Article>({
  collection,
  items,
  locale,
  meta,
}: {
  collection: 'stories' | 'cases'
  items: T[]
  locale: Locale
  /** The `.meta` paragraph under the title, or nothing. */
  meta: (item: T) => ReactNode
}) {
  return (
    <ul className="cards">
      {items.map((item) => (
        <li key={item.id} className="card">
          <CoverImage media={item.cover} size="card" sizes={CARD_SIZES} />
          <div className="card-body">
            <h3>
              <a href={documentPath(collection, item.slug ?? '', locale)}>{item.title}</a>
            </h3>
            {meta(item)}
            {item.summary ? <p>{item.summary}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
