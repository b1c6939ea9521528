import type { Metadata } from 'next'

import { isActivityKind } from '@/collections/Activities/kinds'
import { SiteShell } from '@/components/site/SiteShell'
import { orNotFoundMetadata } from '@/components/site/NotFoundGuard'
import { loadActivitiesPage } from '@/lib/content/activitiesPage'
import type { Locale } from '@/lib/content/paths'
import type { PageContext } from '@/components/site/types'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'
import { ActivitiesView, activitiesTitle } from './ActivitiesView'
import { kindBase } from './KindFilter'

/** The four activity list routes (all or one kind, first or later page) share this. */
/** Loads then renders an activities list; called, not mounted, so a notFound() reaches the page's guard. */
export async function renderActivitiesPage({ context, kind, page }: { context: PageContext; kind: string; page: number }) {
  const data = await loadActivitiesPage(context.locale, kind, page)
  return (
    <SiteShell context={context}>
      <ActivitiesView locale={context.locale} data={data} />
    </SiteShell>
  )
}

export const activitiesPath = (kind: string, page: number) => `${kindBase(isActivityKind(kind) ? kind : '')}${page > 1 ? `/page/${page}` : ''}`

export function activitiesMetadata(locale: Locale, kind: string, page: number): Promise<Metadata> {
  return orNotFoundMetadata(locale, async () => {
    await loadActivitiesPage(locale, kind, page)
    const t = getDictionary(locale)
    const title = activitiesTitle(locale, isActivityKind(kind) ? kind : '')
    return pageMetadata({
      locale,
      path: activitiesPath(kind, page),
      title: page > 1 ? `${title} · ${t.pagination.short(page)}` : title,
      description: t.activities.description,
    })
  })
}
