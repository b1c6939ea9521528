import type { GlobalConfig } from 'payload'

import { admins } from '@/access'

export const DEFAULT_AUDIT_RETENTION_YEARS = 3

/** 访问记录设置: how long the trail is kept. Admins only. */
export const AuditSettings: GlobalConfig = {
  slug: 'audit-settings',
  label: { zh: '访问记录设置', en: 'Audit trail settings' },
  admin: { group: { zh: '设置', en: 'Settings' }, hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin' },
  access: { read: admins, update: admins },
  fields: [
    {
      name: 'retentionYears',
      type: 'number',
      required: true,
      min: 1,
      max: 20,
      defaultValue: DEFAULT_AUDIT_RETENTION_YEARS,
      label: { zh: '访问记录保存年限', en: 'Keep entries for (years)' },
      admin: {
        description: {
          zh: '超过这个年限的访问记录每天自动删除。默认 3 年。',
          en: 'Entries older than this are deleted by a daily job. Default: 3 years.',
        },
      },
    },
  ],
}
