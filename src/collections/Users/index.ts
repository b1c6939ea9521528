import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '@/access'
import { isAdminUser, isStaffUser, roles } from '@/access/roles'
import { forgiveSuccessfulSignIn, limitSignIns } from '@/lib/security/loginRateLimit'
import { twoFactorEndpoints } from '@/twoFactor/endpoints'
import { twoFactorFields } from '@/twoFactor/fields'
import { collectSecondFactor } from '@/twoFactor/hooks/collectSecondFactor'
import { endSessionAfterReset } from '@/twoFactor/hooks/endSessionAfterReset'
import { keepChallengeData } from '@/twoFactor/hooks/keepChallengeData'
import { refuseRefreshWithoutTwoFactor } from '@/twoFactor/hooks/refuseRefreshWithoutTwoFactor'
import { reportRecoveryCodes } from '@/twoFactor/hooks/reportRecoveryCodes'
import { requireSecondFactor } from '@/twoFactor/hooks/requireSecondFactor'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'

const EIGHT_HOURS = 8 * 60 * 60

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'twoFactorEnabledAt'],
    group: { zh: '设置', en: 'Settings' },
  },
  auth: {
    tokenExpiration: EIGHT_HOURS,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    useSessions: true,
    cookies: {
      secure: process.env.NODE_ENV === 'production' && process.env.LINLI_INSECURE_COOKIES !== '1',
      sameSite: 'Lax',
    },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: admins,
    read: ({ req }) => {
      if (isStaffUser(req.user)) return true
      if (req.user) return { id: { equals: req.user.id } }
      return false
    },
    update: ({ req }) => {
      if (isAdminUser(req.user)) return true
      if (req.user) return { id: { equals: req.user.id } }
      return false
    },
    delete: admins,
    unlock: admins,
  },
  endpoints: twoFactorEndpoints,
  hooks: {
    beforeValidate: [enforcePasswordPolicy],
    beforeOperation: [limitSignIns, collectSecondFactor, refuseRefreshWithoutTwoFactor],
    beforeLogin: [requireSecondFactor],
    afterLogin: [forgiveSuccessfulSignIn],
    afterOperation: [reportRecoveryCodes, endSessionAfterReset],
    afterError: [keepChallengeData],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 60,
      label: { zh: '姓名', en: 'Name' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      label: { zh: '角色', en: 'Role' },
      options: roles.map((value) => ({
        value,
        label: {
          admin: { zh: '管理员', en: 'Admin' },
          editor: { zh: '社工（编辑）', en: 'Social worker (editor)' },
          contributor: { zh: '骨干志愿者（投稿）', en: 'Core volunteer (contributor)' },
        }[value],
      })),
      access: { create: adminsField, update: adminsField },
      admin: {
        description: {
          zh: '管理员管理用户与设置；社工审核并发布所有内容、处理报名；骨干志愿者可起草故事和活动。',
          en: 'Admins manage users and settings; editors publish and handle applications; contributors draft stories and activities.',
        },
      },
    },
    ...twoFactorFields,
  ],
}
