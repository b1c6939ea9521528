/** Every public route of the site (zh paths; English under /en), shared by the browser tests. */
export const publicRoutes = [
  '/',
  '/stories',
  '/stories/luo-shu-kai-men',
  '/activities',
  '/activities/dongzhi-jiayan-2026',
  '/join',
  '/join/chazuo-zhurenjia',
  '/cases',
  '/cases/fulong-yihe-sanzhi',
  `/search?q=${encodeURIComponent('老顽童')}`,
  '/about',
] as const

export const localized = (locale: 'zh' | 'en', path: string) => (locale === 'en' ? (path === '/' ? '/en' : `/en${path}`) : path)

export const modes = ['standard', 'elder'] as const
export type Mode = (typeof modes)[number]
