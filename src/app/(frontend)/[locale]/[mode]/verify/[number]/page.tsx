import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SiteShell } from '@/components/site/SiteShell'
import { getPayloadClient } from '@/lib/content/payload'
import { pageContext } from '@/lib/content/route'
import { verifyCertificate } from '@/volunteers/verify'

type Props = { params: Promise<{ locale: string; mode: string; number: string }> }

/** Revocation must show at once: read on every request. */
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: '志愿服务证明核验 Certificate check', robots: { index: false, follow: false } }

export default async function VerifyPage({ params }: Props) {
  const { number, ...rest } = await params
  const context = await pageContext(Promise.resolve(rest), `/verify/${number}`)
  const found = await verifyCertificate(await getPayloadClient(), decodeURIComponent(number))
  if (!found) notFound()
  const en = context.locale === 'en'
  const rows: [string, string][] = [
    [en ? 'Certificate number' : '证明编号', found.number],
    [en ? 'Volunteer' : '志愿者', found.maskedName],
    [en ? 'Period' : '服务期间', `${found.periodFrom} — ${found.periodTo}`],
    [en ? 'Hours of service' : '志愿服务时长', `${found.totalHours} ${en ? 'hours' : '小时'}`],
    [en ? 'Issued by' : '出具单位', found.issuer],
    [en ? 'Issued on' : '出具日期', found.issuedOn],
  ]
  return (
    <SiteShell context={context}>
      <article className="article">
        <header className="page-head">
          <h1>{en ? 'Certificate check' : '志愿服务证明核验'}</h1>
          <p className="lead" data-status={found.revoked ? 'revoked' : 'valid'}>
            {found.revoked
              ? en
                ? `This certificate was revoked on ${found.revokedOn}.`
                : `这份证明已于 ${found.revokedOn} 作废。`
              : en
                ? 'This certificate is genuine and valid.'
                : '这份证明真实有效。'}
          </p>
        </header>
        <dl className="facts">
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </article>
    </SiteShell>
  )
}
