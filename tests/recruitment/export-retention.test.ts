import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { anonymiseExpiredApplications } from '@/recruitment/jobs/anonymiseExpiredApplications'
import { MAIL_TASK } from '@/recruitment/jobs/sendApplicationMail'
import type { Application } from '@/payload-types'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'
import { createFixtures, type Fixtures, paperApplication } from './helpers/fixtures'

let payload: Payload
let users: TeamUsers
let fx: Fixtures
const DAY = 24 * 60 * 60 * 1000

async function application(data: Partial<Application> = {}): Promise<Application> {
  return (await payload.create({
    collection: 'applications',
    data: paperApplication({ name: '钱阿姨', courtyard: fx.courtyardId, call: fx.openCall.id, ...data }),
    overrideAccess: true,
  })) as Application
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createTeamUsers(payload)
  fx = await createFixtures(payload)
})

describe('CSV export', () => {
  it('exports the filtered list for staff, ready for Excel/WPS, with formulas neutralised', async () => {
    const marker = `导出${Date.now()}`
    const a = await application({ name: '孙婆婆', referrer: marker, message: '=HYPERLINK("http://evil","点我")', skills: ['cooking', 'digital'], notes: '+1 备注' })
    await application({ name: '不该出现', referrer: `其他${Date.now()}` })
    const query = new URLSearchParams({ 'where[referrer][equals]': marker })
    const res = await fetch(`${siteUrl()}/api/applications/export.csv?${query}`, { headers: { authorization: await loginOverHttp(siteUrl(), users.editor) } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain('attachment')
    expect(res.headers.get('cache-control')).toContain('no-store')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    const lines = text.split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    expect(lines[0]).toContain('"报名编号","报名时间","状态"')
    expect(lines[1]).toContain(`"${a.reference}"`)
    expect(lines[1]).toContain('"孙婆婆"')
    expect(lines[1]).toContain(`"${a.phone}"`)
    expect(lines[1]).toContain('"帮厨做饭；教老人用手机"')
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"",""点我"")"`)
    expect(lines[1]).toContain(`"'+1 备注"`)
    expect(lines[1]).toContain('"新报名"')
    expect(text).not.toContain('不该出现')
  })

  it('is refused to the public and to contributors', async () => {
    expect((await fetch(`${siteUrl()}/api/applications/export.csv`)).status).toBe(401)
    const res = await fetch(`${siteUrl()}/api/applications/export.csv`, { headers: { authorization: await loginOverHttp(siteUrl(), users.contributor) } })
    expect(res.status).toBe(403)
    expect(await res.text()).not.toContain('钱阿姨')
  })
})

describe('the admin list', () => {
  it('shows social workers the export button and the days-waiting column; contributors do not get the list', async () => {
    await application({ name: '列表测试' })
    const page = await fetch(`${siteUrl()}/admin/collections/applications`, { headers: { authorization: await loginOverHttp(siteUrl(), users.editor) } })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('导出 CSV')
    expect(html).toContain('等待天数')
    const denied = await fetch(`${siteUrl()}/admin/collections/applications`, { headers: { authorization: await loginOverHttp(siteUrl(), users.contributor) } })
    expect(await denied.text()).not.toContain('列表测试')
  })
})

describe('retention', () => {
  it('anonymises declined and withdrawn applications past the retention period, and nothing else', async () => {
    await payload.updateGlobal({ slug: 'recruitment-settings', data: { retentionDays: 30 }, context: { disableRevalidate: true } })
    const old = await application({ name: '过期甲', message: '留言', notes: '备注', referrer: '李四', email: 'old@test.linli.local' })
    const stillOpen = await application({ name: '还在等' })
    const accepted = await application({ name: '已加入' })
    await payload.update({ collection: 'applications', id: old.id, data: { status: 'withdrawn' }, overrideAccess: true })
    await payload.update({ collection: 'applications', id: accepted.id, data: { status: 'accepted' }, overrideAccess: true })

    const count = await anonymiseExpiredApplications(payload, undefined, Date.now() + 31 * DAY)
    expect(count).toBeGreaterThanOrEqual(1)

    const reread = async (id: number) => (await payload.findByID({ collection: 'applications', id, overrideAccess: true, showHiddenFields: true })) as Application
    const gone = await reread(old.id)
    expect(gone).toMatchObject({ name: '（已匿名）', phone: null, email: null, message: null, notes: null, referrer: null, status: 'withdrawn', courtyard: expect.anything() })
    expect(gone.anonymisedAt).toBeTruthy()
    expect((await reread(stillOpen.id)).name).toBe('还在等')
    expect((await reread(accepted.id)).name).toBe('已加入')
  })

  it('keeps a declined application that is still within the period', async () => {
    await payload.updateGlobal({ slug: 'recruitment-settings', data: { retentionDays: 180 }, context: { disableRevalidate: true } })
    const recent = await application({ name: '上月拒绝' })
    await payload.update({ collection: 'applications', id: recent.id, data: { status: 'declined' }, overrideAccess: true })
    await anonymiseExpiredApplications(payload, undefined, Date.now() + 100 * DAY)
    expect((await payload.findByID({ collection: 'applications', id: recent.id, overrideAccess: true })).name).toBe('上月拒绝')
    await anonymiseExpiredApplications(payload, undefined, Date.now() + 181 * DAY)
    expect((await payload.findByID({ collection: 'applications', id: recent.id, overrideAccess: true })).name).toBe('（已匿名）')
  })

  it('runs as a scheduled job from the queue', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'anonymiseExpiredApplications')
    expect(task?.schedule?.[0].cron).toBeTruthy()
    const job = await payload.jobs.queue({ task: 'anonymiseExpiredApplications', input: {}, queue: 'retention-test' })
    const result = await payload.jobs.run({ queue: 'retention-test' })
    expect(result.jobStatus?.[String(job.id)]).toMatchObject({ status: 'success' })
  })

  it('deleting an application on request also removes its queued mails', async () => {
    const app = await application({ email: 'delete-me@test.linli.local' })
    await payload.jobs.queue({ task: MAIL_TASK, input: { applicationId: app.id, recipient: 'applicant' }, queue: 'never-run' })
    const queued = () => payload.count({ collection: 'payload-jobs', where: { 'input.applicationId': { equals: app.id } }, overrideAccess: true })
    expect((await queued()).totalDocs).toBe(1)
    await payload.delete({ collection: 'applications', id: app.id, overrideAccess: true })
    expect((await queued()).totalDocs).toBe(0)
  })
})

describe('privacy notice versions', () => {
  it('a new version whenever the wording changes, not otherwise', async () => {
    const before = await payload.findGlobal({ slug: 'recruitment-settings', locale: 'zh' })
    await payload.updateGlobal({ slug: 'recruitment-settings', data: { retentionDays: 180 }, locale: 'zh', context: { disableRevalidate: true } })
    expect((await payload.findGlobal({ slug: 'recruitment-settings' })).noticeVersion).toBe(before.noticeVersion)
    await payload.updateGlobal({ slug: 'recruitment-settings', data: { privacyNotice: `${before.privacyNotice}\n联系电话已更新。` }, locale: 'zh', context: { disableRevalidate: true } })
    const after = await payload.findGlobal({ slug: 'recruitment-settings', locale: 'zh' })
    expect(after.noticeVersion).toBe((before.noticeVersion ?? 1) + 1)
    expect(after.noticeChangedAt).toBeTruthy()
    await payload.updateGlobal({ slug: 'recruitment-settings', data: { privacyNotice: 'We now also keep…' }, locale: 'en', context: { disableRevalidate: true } })
    expect((await payload.findGlobal({ slug: 'recruitment-settings' })).noticeVersion).toBe((before.noticeVersion ?? 1) + 2)
  })
})
