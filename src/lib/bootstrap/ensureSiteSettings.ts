import type { Payload } from 'payload'

/** A fresh install shows a neutral site until the admin fills in the settings (the demo seed fills them for Fulong). */
export async function ensureSiteSettings(payload: Payload): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', fallbackLocale: false, depth: 0 })
  if (settings.teamName) return false
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'zh',
    data: { communityName: '我们的社区', teamName: '社区志愿服务队', introduction: '邻里互助，从身边做起。' },
    context: { disableRevalidate: true },
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { communityName: 'Our community', teamName: 'Community volunteer team', introduction: 'Neighbours helping neighbours.' },
    context: { disableRevalidate: true },
  })
  return true
}
