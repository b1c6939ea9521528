import type { CollectionConfig } from 'payload'

import { admins, nobody } from '@/access'
import { auditActions, auditChannels } from '../../actions'
import { refuseDeletes, refuseUpdates } from './hooks/refuseChanges'

const isAdmin = (user: unknown) => (user as { role?: string } | null)?.role === 'admin'

/**
 * 访问记录 — who read, exported or removed personal data, and when (PIPL). Admins read it; nobody
 * writes it but `recordAudit`, nobody changes or deletes it (the retention job removes old entries).
 * It holds ids and the actor, never the personal data itself.
 */
export const AuditEntries: CollectionConfig = {
  slug: 'audit-entries',
  labels: { singular: { zh: '访问记录', en: 'Audit entry' }, plural: { zh: '访问记录', en: 'Audit trail' } },
  admin: {
    group: { zh: '设置', en: 'Settings' },
    hidden: ({ user }) => !isAdmin(user),
    useAsTitle: 'documents',
    defaultColumns: ['at', 'actorName', 'action', 'resource', 'documents', 'count', 'via'],
    listSearchableFields: ['actorName', 'actorEmail', 'documents', 'resource'],
    pagination: { defaultLimit: 50 },
    components: { beforeListTable: ['/audit/components/AuditTrailNotice#AuditTrailNotice'] },
    description: {
      zh: '谁在什么时候查看、导出、删除或匿名处理了个人信息。记录只保存编号和操作人，不保存个人信息本身；任何人都不能修改或删除。',
      en: 'Who opened, listed, exported, deleted or anonymised personal data, and when. Entries keep ids and the person acting, never the data; nobody can change or delete them.',
    },
  },
  defaultSort: '-at',
  timestamps: false,
  lockDocuments: false,
  access: { read: admins, create: nobody, update: nobody, delete: nobody, readVersions: nobody },
  hooks: { beforeChange: [refuseUpdates], beforeDelete: [refuseDeletes] },
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'When' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } } },
    { name: 'action', type: 'select', required: true, index: true, label: { zh: '操作', en: 'Action' }, options: auditActions.map((a) => ({ value: a.value, label: a.label })) },
    { name: 'resource', type: 'text', required: true, index: true, label: { zh: '数据', en: 'Collection' } },
    { name: 'documents', type: 'textarea', label: { zh: '记录编号', en: 'Document ids' } },
    { name: 'count', type: 'number', label: { zh: '条数', en: 'Count' } },
    { name: 'field', type: 'text', label: { zh: '字段', en: 'Field' }, admin: { condition: (data) => Boolean(data?.field) } },
    { name: 'actorName', type: 'text', label: { zh: '操作人', en: 'By' } },
    { name: 'actorEmail', type: 'text', label: { zh: '操作人邮箱', en: 'Email' } },
    { name: 'actorRole', type: 'text', label: { zh: '角色', en: 'Role' } },
    // A plain number, not a relationship: deleting a user must not rewrite (or be blocked by) the trail.
    { name: 'actorId', type: 'number', index: true, label: { zh: '操作人编号', en: 'User id' } },
    { name: 'via', type: 'select', label: { zh: '途径', en: 'Through' }, options: auditChannels.map((c) => ({ value: c.value, label: c.label })) },
    { name: 'client', type: 'text', label: { zh: '网络地址', en: 'Client address' } },
  ],
}
