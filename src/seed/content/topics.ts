import type { SeedTopic } from './types'

export const topics: SeedTopic[] = [
  {
    slug: 'dezhi',
    name: { zh: '德治', en: 'Leading by example' },
    description: {
      zh: '身边的好人好事。老志愿者用自己的样子带动邻居，一个人影响一群人。',
      en: 'Good neighbours worth following: long-serving volunteers whose everyday example draws others in.',
    },
  },
  {
    slug: 'fazhi',
    name: { zh: '法治', en: 'Rules and training' },
    description: {
      zh: '把事情按规矩办好：队伍的制度、月例会、值班安排，还有各类志愿者培训。',
      en: 'Doing things properly: the team’s rules, monthly meetings, duty rotas and volunteer training.',
    },
  },
  {
    slug: 'zizhi',
    name: { zh: '自治', en: 'Self-governance' },
    description: {
      zh: '居民自己的事自己商量、自己来办。骨干管队伍，大家一起出主意、一起动手。',
      en: 'Residents running their own affairs: core members manage the team, and everyone has a say and lends a hand.',
    },
  },
  {
    slug: 'linli-huzhu',
    name: { zh: '邻里互助', en: 'Neighbours helping neighbours' },
    description: {
      zh: '搭把手、串个门、送一程。院落之间走动多了，邻居就成了熟人。',
      en: 'A hand with the shopping, a knock on the door, a walk home: small favours that turn neighbours into friends.',
    },
  },
  {
    slug: 'wei-lao-fuwu',
    name: { zh: '为老服务', en: 'Caring for older residents' },
    description: {
      zh: '陪老人喝茶聊天、上门看望、电话问候，还有健康讲座和低偿理发按摩。',
      en: 'Tea and a chat, home visits and phone calls, health talks, and low-cost haircuts and massages for older residents.',
    },
  },
]
