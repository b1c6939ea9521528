import { ArticleHeader } from '@/components/site/ArticleHeader'
import { CoverFigure } from '@/components/site/CoverImage'
import { RichTextBody } from '@/components/site/RichTextBody'
import { formatDate } from '@/lib/content/dates'
import type { Mode } from '@/lib/content/mode'
import { documentPath, localePath, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { Courtyard, Story, Topic } from '@/payload-types'

const named = <T extends { name: string }>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)

export const HERO_SIZES = '(min-width: 48rem) 44rem, 100vw'

export function StoryArticle({ story, locale, mode }: { story: Story; locale: Locale; mode: Mode }) {
  const t = getDictionary(locale)
  const topics = named<Topic>(story.topics)
  const courtyard = typeof story.courtyard === 'object' && story.courtyard ? (story.courtyard as Courtyard) : null
  const meta = [story.publishedAt ? formatDate(story.publishedAt, locale) : null, story.authorName].filter(Boolean).join(' · ')
  return (
    <article className="article" id="article">
      <ArticleHeader title={story.title} meta={meta} summary={story.summary} locale={locale} mode={mode} readTarget="article" />
      <CoverFigure media={story.cover} size="hero" sizes={HERO_SIZES} priority />
      <RichTextBody data={story.body} />
      {story.volunteers?.length ? (
        <section aria-labelledby="story-people">
          <h2 id="story-people">{t.stories.volunteers}</h2>
          {/* Plain names, not chips: chips looked like buttons that led nowhere (issue 14, point 9). */}
          <ul className="people">
            {story.volunteers.map((v) => (
              <li key={v.id ?? v.name}>{v.name}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {topics.length || courtyard ? (
        <p className="meta">
          {topics.length ? `${t.stories.topics}${t.colon}${topics.map((x) => x.name).join(t.listSeparator)}` : null}
          {topics.length && courtyard ? ' · ' : null}
          {courtyard ? `${t.stories.courtyard}${t.colon}${courtyard.name}` : null}
        </p>
      ) : null}
      {/* Not a dead end: the next story, more stories and what is coming up (issue 14, point 9). The next story
          is found when its link is followed (stories/[slug]/next), so this page carries no list's cache tag. */}
      <nav className="actions" aria-label={t.stories.onwards}>
        <a className="button" href={`${documentPath('stories', story.slug ?? '', locale)}/next`} rel="next">
          {t.stories.nextStory}
        </a>
        <a className="button secondary" href={localePath(locale, '/stories')}>
          {t.home.allStories}
        </a>
        <a className="button secondary" href={localePath(locale, '/activities')}>
          {t.home.upcoming}
        </a>
      </nav>
    </article>
  )
}
