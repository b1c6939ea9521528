import { ArticleCards } from '@/components/site/ArticleCards'
import { formatDate } from '@/lib/content/dates'
import type { Locale } from '@/lib/content/paths'
import type { Story } from '@/payload-types'

export function StoryCards({ stories, locale }: { stories: Story[]; locale: Locale }) {
  return (
    <ArticleCards
      collection="stories"
      items={stories}
      locale={locale}
      meta={(story) =>
        story.publishedAt ? (
          <p className="meta">
            <time dateTime={story.publishedAt}>{formatDate(story.publishedAt, locale)}</time>
          </p>
        ) : null
      }
    />
  )
}
