export const activityKinds = [
  { value: 'festival', label: { zh: '节日活动', en: 'Festival' } },
  { value: 'vitality-contest', label: { zh: '活力比赛', en: 'Monthly vitality contest' } },
  { value: 'health-lecture', label: { zh: '健康讲座', en: 'Health lecture' } },
  { value: 'tea-service', label: { zh: '公益茶座', en: 'Community tea service' } },
  { value: 'merchant-service', label: { zh: '爱心商家低偿服务', en: 'Low-cost services by partner merchants' } },
  { value: 'training', label: { zh: '志愿者培训', en: 'Volunteer training' } },
  { value: 'monthly-meeting', label: { zh: '月例会', en: 'Monthly meeting' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const

export const festivals = [
  { value: 'chongyang', label: { zh: '重阳慰问', en: 'Double Ninth visits' } },
  { value: 'dongzhi', label: { zh: '冬至家宴', en: 'Winter Solstice banquet' } },
  { value: 'linlijie', label: { zh: '邻里节', en: 'Neighbourhood festival' } },
  { value: 'other', label: { zh: '其他节日', en: 'Other festival' } },
] as const

export type ActivityKind = (typeof activityKinds)[number]['value']
export const isActivityKind = (value: unknown): value is ActivityKind =>
  activityKinds.some((kind) => kind.value === value)
