import { CoverImage } from '@/components/site/CoverImage'
import { formatDate } from '@/lib/content/dates'
import { documentPath, type Locale } from '@/lib/content/paths'
import type { Story } from '@/payload-types'

export const CARD_SIZES = '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw'

export function StoryCards({ stories, locale }: { stories: Story[]; locale: Locale }) {
  return (
    <ul className="cards">
      {stories.map((story) => (
        <li key={story.id} className="card">
          <CoverImage media={story.cover} size="card" sizes={CARD_SIZES} />
          <div className="card-body">
            <h3>
              <a href={documentPath('stories', story.slug ?? '', locale)}>{story.title}</a>
            </h3>
            {story.publishedAt ? (
              <p className="meta">
                <time dateTime={story.publishedAt}>{formatDate(story.publishedAt, locale)}</time>
              </p>
            ) : null}
            {story.summary ? <p>{story.summary}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
