import { ArticleHeader } from '@/components/site/ArticleHeader'
import { CoverFigure } from '@/components/site/CoverImage'
import { RichTextBody } from '@/components/site/RichTextBody'
import { HERO_SIZES } from '@/components/stories/StoryArticle'
import { formatDate } from '@/lib/content/dates'
import { asMedia, mediaPath } from '@/lib/content/media'
import type { Mode } from '@/lib/content/mode'
import type { Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { Case } from '@/payload-types'

export function CaseArticle({ item, locale, mode }: { item: Case; locale: Locale; mode: Mode }) {
  const t = getDictionary(locale)
  const meta = [item.organisation, item.author, item.publishedAt ? formatDate(item.publishedAt, locale) : null].filter(Boolean).join(' · ')
  const attachment = asMedia(item.attachment)
  const sections = [
    ['background', t.cases.background, item.background],
    ['practice', t.cases.practice, item.practice],
    ['outcomes', t.cases.outcomes, item.outcomes],
    ['lessons', t.cases.lessons, item.lessons],
  ] as const
  return (
    <article className="article" id="article">
      <ArticleHeader title={item.title} meta={meta} summary={item.summary} locale={locale} mode={mode} readTarget="article" />
      {item.keyFigures?.length ? (
        <section aria-labelledby="case-figures">
          <h2 id="case-figures" className="visually-hidden">
            {t.cases.keyFigures}
          </h2>
          <ul className="figures">
            {item.keyFigures.map((f) => (
              <li key={f.id ?? f.label}>
                <strong>{f.value}</strong>
                {f.label}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CoverFigure media={item.cover} size="hero" sizes={HERO_SIZES} priority />
      {sections.map(([key, heading, body]) =>
        body ? (
          <section key={key} aria-labelledby={`case-${key}`}>
            <h2 id={`case-${key}`}>{heading}</h2>
            <RichTextBody data={body} />
          </section>
        ) : null,
      )}
      {attachment?.url ? (
        <p>
          <a className="button secondary" href={mediaPath(attachment.url)}>
            {t.cases.attachment}
          </a>
        </p>
      ) : null}
    </article>
  )
}
