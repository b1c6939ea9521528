import { formatDateTimeRange } from '@/lib/content/dates'
import type { Locale } from '@/lib/content/paths'
import type { Mail } from '@/recruitment/emails'
import type { SignupMailKind } from './commands'

export type SignupMailContext = {
  kind: SignupMailKind
  name: string
  reference: string
  partySize: number
  link: string
  activity: { title: string; startsAt: string; endsAt?: string | null; place: string }
  team: string
  phone?: string | null
}

/** Mails to residents, in the language they signed up in. Subjects carry the activity and reference, never the name (subjects end up in logs). */
export function signupMail(c: SignupMailContext, locale: Locale): Mail {
  const when = formatDateTimeRange(c.activity.startsAt, c.activity.endsAt, locale)
  const zh = locale === 'zh'
  const party = zh ? `${c.partySize} 人` : `${c.partySize} ${c.partySize === 1 ? 'person' : 'people'}`
  const facts = zh
    ? [`活动：${c.activity.title}`, `时间：${when}`, `地点：${c.activity.place}`, `人数：${party}`, `报名编号：${c.reference}`]
    : [`Activity: ${c.activity.title}`, `When: ${when}`, `Where: ${c.activity.place}`, `Party: ${party}`, `Reference: ${c.reference}`]
  const linkLine = zh ? `查看、修改人数或取消报名：${c.link}` : `See, change the party size or cancel: ${c.link}`
  const call = c.phone ? (zh ? `有问题请打电话 ${c.phone}。` : `Questions? Call ${c.phone}.`) : ''
  const texts: Record<SignupMailKind, { zh: [string, string]; en: [string, string] }> = {
    confirmed: { zh: ['报名成功', '你已经报上名了，到时候见！'], en: ['You are signed up', 'You have a place. See you there!'] },
    waitlisted: { zh: ['已排入候补', '目前名额已满，你已排入候补。有人取消时会按顺序自动转正，并通知你。'], en: ['You are on the waiting list', 'The activity is full; you are on the waiting list. When a place frees up, parties move up in order and are told.'] },
    movedUp: { zh: ['候补转正，你有名额了', '有人取消了报名，你从候补转为正式报名。如果去不了，请用下面的链接取消，把名额让给别人。'], en: ['A place has freed up for you', 'Someone cancelled and you have moved up from the waiting list. If you cannot come, please cancel with the link below.'] },
    partyChanged: { zh: ['报名人数已修改', '你的报名人数已修改。'], en: ['Party size changed', 'Your party size has been changed.'] },
    cancelled: { zh: ['报名已取消', '你的报名已取消。欢迎下次再来！'], en: ['Sign-up cancelled', 'Your sign-up is cancelled. Hope to see you another time!'] },
    reminder: { zh: ['明天见：活动提醒', '提醒一下：你报名的活动明天举行。'], en: ['See you tomorrow', 'A reminder: the activity you signed up for is tomorrow.'] },
    activityMoved: { zh: ['活动时间或地点有变', '请注意：活动的时间或地点改了，以下是最新安排。如果新的时间去不了，请取消报名。'], en: ['The activity has moved', 'Please note: the time or place of the activity has changed. Here is the new plan. If you cannot come now, please cancel.'] },
    activityCancelled: { zh: ['活动取消通知', '很抱歉，这次活动取消了，你的报名也随之取消，不用再来。'], en: ['The activity is cancelled', 'We are sorry: this activity is cancelled, and so is your sign-up. There is no need to come.'] },
  }
  const [title, intro] = texts[c.kind][locale]
  const showLink = c.kind !== 'cancelled' && c.kind !== 'activityCancelled'
  const greeting = zh ? `${c.name}，你好！` : `Dear ${c.name},`
  return {
    subject: `${title}：${c.activity.title}（${c.reference}）`.replace('：', zh ? '：' : ': ').replace('（', zh ? '（' : ' (').replace('）', zh ? '）' : ')'),
    text: [greeting, '', intro, '', ...facts, '', ...(showLink ? [linkLine, ''] : []), call, '', c.team].filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n'),
  }
}
