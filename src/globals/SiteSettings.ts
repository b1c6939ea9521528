import type { GlobalConfig } from 'payload'

import { anyone, staff } from '@/access'
import { localizedText, localizedTextarea } from '@/fields/common'
import { revalidateGlobal } from '@/hooks/revalidateTag'
import { cacheTags } from '@/lib/content/tags'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { zh: '站点设置', en: 'Site settings' },
  admin: { group: { zh: '设置', en: 'Settings' } },
  access: { read: anyone, update: staff },
  hooks: { afterChange: [revalidateGlobal(cacheTags.siteSettings)] },
  fields: [
    localizedText('communityName', { zh: '社区名称', en: 'Community' }, { maxLength: 80 }),
    localizedText('teamName', { zh: '队伍名称', en: 'Team' }, { maxLength: 80 }),
    localizedTextarea('introduction', { zh: '简介', en: 'Introduction' }, { maxLength: 600 }),
    localizedText('address', { zh: '地址', en: 'Address' }, { maxLength: 160 }),
    localizedText('openingHours', { zh: '开放时间', en: 'Opening hours' }, { maxLength: 160 }),
    {
      name: 'recordingUnit',
      type: 'text',
      maxLength: 80,
      label: { zh: '志愿服务记录单位（居委会）', en: 'Recording unit (residents’ committee)' },
      admin: {
        description: {
          zh: '《志愿服务记录与证明出具办法》第二十六条：社区内成立的队伍在居委会指导下记录志愿服务，印在志愿服务证明上。',
          en: 'Art. 26 of the MCA rules on volunteer service records: a community team records service under the guidance of its residents’ committee; printed on certificates.',
        },
      },
    },
    { name: 'contactPhone', type: 'text', maxLength: 40, label: { zh: '联系电话', en: 'Contact phone' } },
    { name: 'contactEmail', type: 'email', label: { zh: '联系邮箱', en: 'Contact email' } },
    localizedTextarea('footer', { zh: '页脚文字', en: 'Footer text' }, { maxLength: 400 }),
  ],
}
