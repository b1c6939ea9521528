/** What the trail records: reading, exporting and removing personal data. */
export const auditActions = [
  { value: 'view', label: { zh: '查看', en: 'Opened' } },
  { value: 'list', label: { zh: '浏览列表', en: 'Listed' } },
  { value: 'export', label: { zh: '导出', en: 'Exported' } },
  { value: 'reveal', label: { zh: '查看完整信息', en: 'Revealed' } },
  { value: 'delete', label: { zh: '删除', en: 'Deleted' } },
  { value: 'anonymise', label: { zh: '匿名处理', en: 'Anonymised' } },
] as const

export type AuditAction = (typeof auditActions)[number]['value']

export const auditChannels = [
  { value: 'admin', label: { zh: '后台', en: 'Admin' } },
  { value: 'rest', label: { zh: 'REST 接口', en: 'REST API' } },
  { value: 'graphql', label: { zh: 'GraphQL 接口', en: 'GraphQL API' } },
  { value: 'system', label: { zh: '系统任务', en: 'System' } },
] as const

export type AuditChannel = (typeof auditChannels)[number]['value']
