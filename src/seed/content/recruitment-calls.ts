import type { SeedRecruitmentCall } from './types'

export const recruitmentCalls: SeedRecruitmentCall[] = [
  {
    slug: 'chazuo-zhurenjia',
    title: { zh: '招募公益茶座“主人家”', en: 'Wanted: hosts for the community tea table' },
    role: { zh: '公益茶座值班志愿者', en: 'Tea-table host' },
    summary: {
      zh: '每周抽一个下午，在老顽童之家烧水泡茶、招呼街坊、陪老人聊聊天。不需要什么特别的本事，有耐心、愿意听人说话就行。',
      en: 'Give one afternoon a week to boil the kettle, make the tea, welcome neighbours and keep older residents company at Young-at-Heart House. No special skills needed — just patience and a willingness to listen.',
    },
    duties: {
      zh: [
        '值班那天下午按时开门，烧水、备茶、摆好桌椅，保持地面干爽。',
        '招呼来喝茶的居民，特别留意第一次来的和独自来的老人。',
        '陪老人聊天、下棋；遇到下雨，帮忙安排志愿者送腿脚不便的老人回家。',
        '在值班本上记下当天来了哪些人、谁有什么需要，交接给下一班。',
      ],
      en: [
        'Open up on time on your afternoon: boil the water, set out the tea, tables and chairs, and keep the floor dry.',
        'Welcome everyone who comes in, keeping a special eye out for first-timers and anyone who comes on their own.',
        'Chat or play chess with older residents; when it rains, help arrange for a volunteer to walk less steady guests home.',
        'Note in the duty book who came in and anything anyone needs, and hand over to the next shift.',
      ],
    },
    requirements: {
      zh: [
        '年满18岁，身体健康，住在伏龙社区或附近。',
        '有耐心，说话和气，愿意倾听；会说四川话更好。',
        '能坚持至少三个月，按时值班，有事提前请假。',
        '上岗前参加一次约一小时的介绍，前三次值班由老队员带着。',
      ],
      en: [
        'Aged 18 or over, in good health, and living in or near Fulong.',
        'Patient, friendly and a good listener; speaking Sichuanese is a plus.',
        'Able to commit for at least three months, turn up when you’re on the rota, and let us know in good time if you can’t.',
        'Come to a one-hour introduction before you start; an experienced volunteer will work alongside you for your first three shifts.',
      ],
    },
    timeCommitment: {
      zh: '每周一个下午（14:00–17:30），至少坚持三个月',
      en: 'One afternoon a week (2:00–5:30 pm) for at least three months',
    },
    peopleWanted: 6,
    opensAt: '2026-11-01T00:00:00+08:00',
    closesAt: '2027-02-28T23:59:59+08:00',
    activity: 'gongyi-chazuo-jiangzaocha',
    contact: '028-87650123',
  },
  {
    slug: 'dongji-jieqing-bangshou',
    title: {
      zh: '招募冬至家宴和邻里节帮手',
      en: 'Wanted: helping hands for the Winter Solstice banquet and the neighbourhood festival',
    },
    role: { zh: '节庆活动帮手（帮厨、接待、接送陪护）', en: 'Festival helper (kitchen, welcome desk, escorts)' },
    summary: {
      zh: '冬至家宴要请一百多位老人吃饭，邻里节要办一整天。需要人包饺子、端汤、签到接待、接送老人，也需要人搬桌椅、拍照片。哪怕只来一次，也是帮了大忙。',
      en: 'The Winter Solstice banquet will feed more than a hundred older residents, and the neighbourhood festival runs all day. We need people to make dumplings, serve soup, staff the welcome desk and escort older guests, and others to move tables and take photos. Even one session makes a real difference.',
    },
    duties: {
      zh: [
        '## 冬至家宴（2026年12月22日）',
        '帮厨：择菜、包饺子、盛汤上菜，饭后收拾清洁。',
        '接待：签到、引座，照看需要帮助的老人。',
        '接送：上午十点半左右到各院落门口接腿脚不便的老人，散席后送回家。',
        '## 邻里节（2027年1月16日）',
        '布置场地、照看旧物交换摊位、维持秩序、拍照记录。',
      ],
      en: [
        '## Winter Solstice banquet (22 December 2026)',
        'Kitchen: prepare vegetables, make dumplings, serve soup and dishes, and clear up afterwards.',
        'Welcome desk: sign guests in, show them to their seats and look after anyone who needs a hand.',
        'Escorts: meet less mobile guests at their courtyard gates at about 10:30 am and see them home after lunch.',
        '## Neighbourhood festival (16 January 2027)',
        'Set up the square, mind the swap stalls, keep things running smoothly and take photos.',
      ],
    },
    requirements: {
      zh: [
        '年满16岁；16至18岁的同学请和家长一起报名。',
        '帮厨人员身体健康，无传染性疾病，并参加12月15日下午的食品安全与急救培训。',
        '能按约定时间到岗；做接送的志愿者要熟悉社区道路。',
        '冬至家宴帮手请在12月18日前报名；之后报名的，我们安排到邻里节。',
      ],
      en: [
        'Aged 16 or over; if you’re 16 or 17, please sign up together with a parent.',
        'Kitchen helpers must be in good health with no infectious illness, and attend the food-safety and first-aid training on the afternoon of 15 December.',
        'Turn up at the agreed time; escorts should know their way around the community.',
        'To help at the banquet, please sign up by 18 December; later sign-ups will be placed at the neighbourhood festival.',
      ],
    },
    timeCommitment: {
      zh: '冬至家宴：12月22日9:00–14:30；邻里节：2027年1月16日上午或下午半天。可以只报其中一项。',
      en: 'Banquet: 22 Dec, 9:00 am–2:30 pm. Festival: 16 Jan 2027, a morning or an afternoon. One or both, as you like.',
    },
    peopleWanted: 20,
    opensAt: '2026-11-20T00:00:00+08:00',
    closesAt: '2027-01-10T23:59:59+08:00',
    activity: 'dongzhi-jiayan-2026',
    contact: '028-87650123',
  },
  {
    slug: 'chongyang-zoufang-2026',
    title: { zh: '招募重阳走访陪伴志愿者', en: 'Wanted: companions for the Double Ninth home visits' },
    role: { zh: '重阳走访志愿者', en: 'Home-visit volunteer' },
    summary: {
      zh: '重阳节上午跟着老队员一起上门看望高龄老人：送慰问品，陪老人说说话，把老人的需要记下来。',
      en: 'On the morning of the Double Ninth Festival, go with an experienced volunteer to visit older residents at home: deliver a gift, sit and chat, and note down anything they need.',
    },
    duties: {
      zh: [
        '10月18日上午8:30到老顽童之家集合，领取走访名单和慰问品。',
        '跟着小组上门，陪老人聊天，协助医生测量血压。',
        '给老人家里换上新的社区联系卡，记下老人的需要和联系方式的变化。',
        '走访结束后回到老顽童之家，和大家一起汇总情况。',
      ],
      en: [
        'Meet at Young-at-Heart House at 8:30 am on 18 October to collect your visiting list and gifts.',
        'Visit homes with your group, chat with residents and help the doctor take blood pressure.',
        'Put up a new community contact card in each home, and note down any needs or changes to contact details.',
        'Come back to the House afterwards to pool what everyone has found.',
      ],
    },
    requirements: {
      zh: [
        '年满18岁，说话有耐心，尊重老人的生活习惯。',
        '能步行走访两到三个小时。',
        '参加10月13日（星期二）晚上的走访前说明会，约40分钟。',
        '保护好老人的个人信息：不拍老人家里，不往外传老人的情况。',
      ],
      en: [
        'Aged 18 or over, patient, and respectful of older people’s ways of doing things.',
        'Able to spend two to three hours walking between homes.',
        'Attend a 40-minute briefing on the evening of Tuesday 13 October.',
        'Protect residents’ privacy: no photos inside their homes, and nothing about them shared outside the team.',
      ],
    },
    timeCommitment: {
      zh: '10月18日（重阳节）上午8:30–12:00，另加一次约40分钟的说明会',
      en: 'The morning of 18 October (Double Ninth), 8:30 am–12:00 noon, plus a 40-minute briefing beforehand',
    },
    peopleWanted: 12,
    opensAt: '2026-09-10T00:00:00+08:00',
    closesAt: '2026-10-12T23:59:59+08:00',
    activity: 'chongyang-weiwen-2026',
    contact: '028-87650123',
  },
]
