import { notFound } from 'next/navigation'

import { CheckInRow } from '@/components/signup/CheckInRow'
import { doorNotes } from '@/signup/doorNotes'
import { requireStaff } from '@/signup/staff'

export const dynamic = 'force-dynamic'

/** What a sign-up's QR code opens (scanned by staff at the door): that person, ready to check in. */
export default async function CheckInOne({ params, searchParams }: { params: Promise<{ reference: string }>; searchParams: Promise<{ note?: string }> }) {
  const { reference } = await params
  const { note } = await searchParams
  const ref = decodeURIComponent(reference)
  const back = `/staff/check-in/${encodeURIComponent(ref)}`
  const { payload, user } = await requireStaff(back)
  const { docs } = await payload.find({ collection: 'signups', where: { reference: { equals: ref } }, limit: 1, depth: 1, user, overrideAccess: false })
  const s = docs[0]
  if (!s) notFound()
  const activity = typeof s.activity === 'object' ? s.activity : null
  return (
    <>
      <h1>签到 · {activity?.title ?? ''}</h1>
      {note && doorNotes[note] ? <p className="notice" role="status">{doorNotes[note]}</p> : null}
      {s.status === 'confirmed' ? <CheckInRow s={s} back={back} /> : <p className="notice">这份报名{s.status === 'waitlisted' ? '还在候补' : '已取消'}：{s.name}（{s.partySize} 人）</p>}
      {activity ? (
        <p>
          <a className="btn" href={`/staff/signups/${activity.id}/check-in`}>
            返回签到名单
          </a>
        </p>
      ) : null}
    </>
  )
}
