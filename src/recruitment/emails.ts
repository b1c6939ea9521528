import type { Locale } from '@/lib/content/paths'
import type { Application, SiteSetting } from '@/payload-types'
import { availability, labelOf, storedAgeRanges } from './options'

export type Mail = { subject: string; text: string }

type Context = {
  application: Application
  callTitle?: string
  /** The call's own next steps (training date, deadline, time slots), one per line, in the applicant's language. */
  nextSteps?: string | null
  site: Pick<SiteSetting, 'teamName' | 'communityName' | 'contactPhone'>
}

const lines = (text: string | null | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean)

/** The sender's name on every mail: the team, as people know it. */
export function senderName(site: Pick<SiteSetting, 'teamName'>, locale: Locale): string {
  return site.teamName || (locale === 'zh' ? '志愿服务队' : 'the volunteer team')
}

/** The receipt for the applicant, in the language they applied in. No subject line carries their name: subjects end up in logs. */
export function applicantMail({ application: a, callTitle, nextSteps, site }: Context, locale: Locale): Mail {
  const team = senderName(site, locale)
  const steps = lines(nextSteps)
  const phone = site.contactPhone
  if (locale === 'en') {
    return {
      subject: `Application received (${a.reference}) · ${team}`,
      text: [
        `Dear ${a.name},`,
        '',
        `Thank you for applying ${callTitle ? `for “${callTitle}”` : 'to join us'}${a.choice ? ` (${a.choice})` : ''}. Your reference is ${a.reference}.`,
        '',
        ...(steps.length ? ['For this call:', ...steps.map((l) => `- ${l}`), ''] : []),
        'What happens next: a social worker will call you within a few days to talk about what you would like to do and when you are free. Before you start, an experienced volunteer will show you the ropes.',
        '',
        `To withdraw your application or have your information deleted, reply to this email${phone ? ` or call ${phone}` : ''} at any time.`,
        '',
        team,
        site.communityName ?? '',
      ].join('\n'),
    }
  }
  return {
    subject: `报名已收到（编号 ${a.reference}）· ${team}`,
    text: [
      `${a.name}，你好！`,
      '',
      `谢谢你报名${callTitle ? `“${callTitle}”` : '加入我们'}${a.choice ? `（${a.choice}）` : ''}。你的报名编号是 ${a.reference}。`,
      '',
      ...(steps.length ? ['这次招募的安排：', ...steps.map((l) => `- ${l}`), ''] : []),
      '接下来：社工会在几天内给你打电话，聊聊你想做什么、什么时间方便。正式参加前，会有一位老队员带着你熟悉情况。',
      '',
      `如果想撤回报名或删除你的信息，随时回复这封邮件${phone ? `或打电话 ${phone} ` : ''}告诉我们就可以。`,
      '',
      team,
      site.communityName ?? '',
    ].join('\n'),
  }
}

/** The notice for social workers: enough to recognise the person, the rest is in the admin. */
export function staffMail({ application: a, callTitle, site }: Context, adminUrl: string): Mail {
  const lines = [
    `${site.teamName ?? ''}收到一份新报名。`,
    '',
    `报名编号：${a.reference}`,
    `招募岗位：${callTitle ?? '通用报名（加入我们）'}`,
    ...(a.choice ? [`报名项目：${a.choice}`] : []),
    `姓名：${a.name}`,
    `院落：${typeof a.courtyard === 'object' && a.courtyard ? a.courtyard.name : a.courtyardOther || '其他'}`,
    `年龄段：${labelOf(storedAgeRanges, a.ageRange, 'zh')}`,
    `方便的时间：${(a.availability ?? []).map((v) => labelOf(availability, v, 'zh')).join('、')}`,
    `介绍人：${a.referrer || '无'}`,
  ]
  if (a.proofOfWork === 'unverified') lines.push('', '注意：这份报名没有通过浏览器人机验证（可能是关闭了脚本的真人，也可能是垃圾信息），联系前请留意。')
  lines.push('', `请到后台查看详情并联系报名人：${adminUrl}`, '', '（这封邮件由邻里 Linli 自动发送。）')
  return { subject: `新报名 ${a.reference} · ${callTitle ?? '通用报名'}`, text: lines.join('\n') }
}
