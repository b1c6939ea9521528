import type { GlobalConfig } from 'payload'

import { admins } from '@/access'
import { revokeSessionsWithoutTwoFactor } from '../hooks/revokeSessionsWithoutTwoFactor'

/** 安全设置: how staff sign in. Admins only. */
export const SecuritySettings: GlobalConfig = {
  slug: 'security-settings',
  label: { zh: '安全设置', en: 'Security settings' },
  admin: { group: { zh: '设置', en: 'Settings' }, hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin' },
  access: { read: admins, update: admins },
  hooks: { afterChange: [revokeSessionsWithoutTwoFactor] },
  fields: [
    {
      name: 'requireTwoFactor',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '要求管理员和社工使用两步验证', en: 'Require two-factor sign-in for admins and social workers' },
      admin: {
        description: {
          zh: '开启后，管理员和社工登录时除了密码还要输入手机身份验证器里的验证码；还没有设置的人会在下次登录时先设置。其他人的现有登录会立即失效。新安装的网站默认开启。',
          en: 'Admins and social workers then sign in with a code from an authenticator app as well as their password; those without one set it up at their next sign-in. Other people’s current sessions end at once. On by default in a new install.',
        },
      },
    },
  ],
}
