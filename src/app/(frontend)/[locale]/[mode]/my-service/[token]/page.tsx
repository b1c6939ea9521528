import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SiteShell } from '@/components/site/SiteShell'
import { getPayloadClient } from '@/lib/content/payload'
import { pageContext } from '@/lib/content/route'
import { recordsForToken } from '@/volunteers/ownLink'
import { chinaDate } from '@/volunteers/workingDays'

type Props = { params: Promise<{ locale: string; mode: string; token: string }> }

/** A volunteer's own records behind their private link: never cached, never indexed. */
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: '我的志愿服务记录 My service', robots: { index: false, follow: false }, referrer: 'no-referrer' }

export default async function MyServicePage({ params }: Props) {
  const { token, ...rest } = await params
  const context = await pageContext(Promise.resolve(rest), '/my-service')
  const mine = await recordsForToken(await getPayloadClient(), token)
  if (!mine) notFound()
  const en = context.locale === 'en'
  return (
    <SiteShell context={context}>
      <article className="article">
        <header className="page-head">
          <h1>{en ? `${mine.name}: my volunteer service` : `${mine.name}：我的志愿服务记录`}</h1>
          <p className="lead" data-total-hours={mine.totalHours}>
            {en ? `${mine.records.length} services, ${mine.totalHours} hours in all.` : `共 ${mine.records.length} 次服务，累计 ${mine.totalHours} 小时。`}
          </p>
        </header>
        <table className="records">
          <thead>
            <tr>
              <th>{en ? 'Date' : '日期'}</th>
              <th>{en ? 'Activity' : '活动'}</th>
              <th>{en ? 'Place' : '地点'}</th>
              <th>{en ? 'Hours' : '时长（小时）'}</th>
            </tr>
          </thead>
          <tbody>
            {mine.records.map((r, i) => (
              <tr key={i}>
                <td>{chinaDate(r.date)}</td>
                <td>{r.activityName}</td>
                <td>{r.place}</td>
                <td>{r.hours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </article>
    </SiteShell>
  )
}
