import type { SeedSiteSettings } from './types'

export const siteSettings: SeedSiteSettings = {
  communityName: { zh: '伏龙社区', en: 'Fulong Community' },
  teamName: { zh: '老顽童之家志愿服务队', en: 'Young-at-Heart House Volunteer Team' },
  address: {
    zh: '四川省成都市郫都区郫筒街道伏龙社区 老顽童之家',
    en: 'Young-at-Heart House, Fulong Community, Pitong Sub-district, Pidu District, Chengdu, Sichuan',
  },
  openingHours: {
    zh: '周二至周日 上午9:00–11:30，下午2:00–5:30；周一闭馆，节假日安排另行通知',
    en: 'Tuesday to Sunday, 9:00–11:30 am and 2:00–5:30 pm. Closed on Mondays; holiday hours are announced in advance.',
  },
  contactPhone: '028-87650123',
  contactEmail: 'laowantong@example.org',
  recordingUnit: '伏龙社区居民委员会',
  introduction: {
    zh: '我们是伏龙社区的居民志愿者，把老顽童之家当成自己的家：陪老人喝茶聊天，上门看望、打电话问候，每月办活力比赛和健康讲座，逢年过节一起张罗重阳慰问、冬至家宴和邻里节。不管年纪大小、会不会什么手艺，只要愿意搭把手，都欢迎你来。',
    en: 'We are resident volunteers in Fulong Community, and Young-at-Heart House is our home base. We share tea and conversation with older neighbours, visit and phone those who live alone, hold a vitality contest and a health talk every month, and come together at festival time for the Double Ninth visits, the Winter Solstice banquet and the neighbourhood festival. Whatever your age or skills, if you’d like to lend a hand, you’re welcome here.',
  },
  footer: {
    zh: '伏龙社区老顽童之家志愿服务队 · 社区两委指导 · 成都市大同社会工作服务中心支持。本站为演示站点，人物和活动仅作示例。',
    en: 'Young-at-Heart House Volunteer Team, Fulong Community · guided by the community Party and residents’ committees · supported by Chengdu Datong Social Work Service Centre. This is a demonstration site; people and events are illustrative.',
  },
}
