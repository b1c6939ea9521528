import type { Localized, LocalizedParagraphs, SeedActivity } from './types'

const TEAM_PHONE = '028-87650123'

const team: Localized = { zh: '老顽童之家志愿服务队', en: 'Young-at-Heart House Volunteer Team' }
const communityAndTeam: Localized = {
  zh: '伏龙社区两委、老顽童之家志愿服务队',
  en: 'Fulong Community Party and residents’ committees, with the Young-at-Heart House Volunteer Team',
}
const datong: Localized = { zh: '成都市大同社会工作服务中心', en: 'Chengdu Datong Social Work Service Centre' }
const healthStation: Localized = { zh: '伏龙社区卫生服务站', en: 'Fulong Community Health Station' }
const barbers: Localized = { zh: '巧剪理发店', en: 'Qiaojian Barbers' }
const massage: Localized = { zh: '安康推拿馆', en: 'Ankang Massage Clinic' }
const serviceCentre: Localized = {
  zh: '伏龙社区党群服务中心 一楼多功能厅',
  en: 'Ground-floor hall, Fulong Community Party and Public Service Centre',
}

const olderResidents: Localized = {
  zh: '社区老年居民，家属可陪同',
  en: 'Older residents; family members are welcome to come along',
}
const allMembers: Localized = {
  zh: '全体队员；欢迎有兴趣的居民旁听',
  en: 'All team members; interested residents are welcome to sit in',
}

const merchantBody: LocalizedParagraphs = {
  zh: [
    '每月第二个周日上午，辖区的爱心商家会来老顽童之家，为老人提供低偿服务。',
    '理发每次5元，推拿每20分钟10元，钱直接交给师傅。为了少排队，请提前到老顽童之家或打电话登记，当天按号进行。',
    '实在走不动、来不了的老人，请告诉我们：可以安排志愿者陪您过来，也可以另约时间请师傅上门。',
  ],
  en: [
    'On the second Sunday morning of every month, local partner businesses come to Young-at-Heart House to offer older residents their services for a token price.',
    'A haircut costs 5 yuan and a massage 10 yuan for 20 minutes, paid straight to the practitioner. To keep the queue short, please book in advance at the House or by phone; on the day, people are seen in order of their numbers.',
    'If getting here is too much for you, let us know: a volunteer can come and walk over with you, or we can arrange for the practitioner to visit you at home another day.',
  ],
}

export const activities: SeedActivity[] = [
  // ---------------------------------------------------------------- past
  {
    slug: 'chongyang-weiwen-2026',
    title: {
      zh: '2026年重阳慰问：走进院落看望高龄老人',
      en: 'Double Ninth visits 2026: calling on our oldest neighbours',
    },
    kind: 'festival',
    festival: 'chongyang',
    startsAt: '2026-10-18T08:30:00+08:00',
    endsAt: '2026-10-18T12:00:00+08:00',
    place: {
      zh: '社区各院落（上午8:30在老顽童之家集合）',
      en: 'Homes across the courtyards (meet at Young-at-Heart House at 8:30 am)',
    },
    organiser: communityAndTeam,
    partners: [datong, healthStation],
    audience: {
      zh: '社区八十岁以上独居、行动不便或子女不在身边的老人',
      en: 'Residents over 80 who live alone, have limited mobility or whose children live far away',
    },
    summary: {
      zh: '重阳节当天上午，志愿者分组上门，看望社区里的高龄老人，送上重阳糕和菊花，顺便量量血压、换上新的联系卡。',
      en: 'On the morning of the Double Ninth Festival, volunteers went door to door in small groups to see the community’s oldest residents, bringing Double Ninth cakes and chrysanthemums, checking blood pressure and leaving new contact cards.',
    },
    body: {
      zh: [
        '每年重阳节上午，老顽童之家志愿服务队都会和社区一起，上门看望社区里的高龄老人。今年走访的是八十岁以上、独自居住、行动不便或者子女不在身边的老人。',
        '志愿者八点半在老顽童之家集合，按小组领取走访名单和慰问品，每组由老队员带队、新队员跟着学。社区卫生服务站的医生随组为老人测量血压。',
        '## 走访之后',
        '各组把老人的需要登记下来，在月例会上分工跟进。当天的详细情况，请看我们的走访记录。',
      ],
      en: [
        'Every year on the morning of the Double Ninth Festival, the Young-at-Heart House volunteers join the community in calling on its oldest residents. This year the visits went to people over eighty who live alone, have trouble getting about, or whose children live far away.',
        'Volunteers met at the House at half past eight to collect their lists and gifts. Each group was led by an experienced member with a newcomer learning alongside, and a doctor from the community health station went round to check blood pressure.',
        '## After the visits',
        'Each group wrote down what the residents needed so it can be followed up at the monthly meeting. For an account of the day, read our story about the visits.',
      ],
    },
    contact: TEAM_PHONE,
    reportStory: 'chongyang-qiao-men-2026',
    image: 'chrysanthemum',
  },
  {
    slug: 'yue-li-hui-2026-11',
    title: { zh: '十一月志愿者月例会', en: 'November volunteers’ meeting' },
    kind: 'monthly-meeting',
    startsAt: '2026-11-03T09:30:00+08:00',
    endsAt: '2026-11-03T11:30:00+08:00',
    organiser: { zh: '老顽童之家志愿服务队骨干管理小组', en: 'The team’s organising committee of core members' },
    partners: [datong],
    audience: allMembers,
    summary: {
      zh: '回顾十月的重阳走访，把走访中记下的事情分好工，排定十二月值班表。',
      en: 'A look back at October’s Double Ninth visits, sharing out the follow-up jobs they turned up, and drawing up the December rota.',
    },
    body: {
      zh: [
        '每月第一个周二上午是队伍的例会时间，欢迎所有队员参加，有兴趣的居民也可以来旁听。',
        '这次例会的主要内容：重阳走访情况回顾；走访中登记的二十多件事逐一分工跟进；排定十二月值班表；商量冬至家宴的初步安排。',
        '例会最后照例留出十分钟，介绍新队员，并给他们安排“师傅”。',
      ],
      en: [
        'The team meets on the morning of the first Tuesday of every month. All members are welcome, and so are residents who’d like to sit in.',
        'On the agenda: a review of the Double Ninth visits; assigning the twenty-odd follow-up jobs recorded during them; the December duty rota; and first thoughts on the Winter Solstice banquet.',
        'As always, the last ten minutes are set aside to introduce new members and pair each of them with a mentor.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'meeting',
  },
  {
    slug: 'shangjia-difu-2026-11',
    title: {
      zh: '十一月爱心商家低偿服务日：理发、推拿',
      en: 'November service day: low-cost haircuts and massage',
    },
    kind: 'merchant-service',
    startsAt: '2026-11-08T09:00:00+08:00',
    endsAt: '2026-11-08T12:00:00+08:00',
    organiser: team,
    partners: [barbers, massage],
    audience: { zh: '社区六十岁以上居民', en: 'Residents aged 60 and over' },
    capacity: 40,
    summary: {
      zh: '巧剪理发店和安康推拿馆的师傅来到老顽童之家：理发每次5元，推拿20分钟10元，六十岁以上居民可以预约。',
      en: 'A barber from Qiaojian Barbers and a therapist from the Ankang Massage Clinic came to the House: haircuts for 5 yuan and 20-minute massages for 10 yuan, bookable by residents aged 60 and over.',
    },
    body: merchantBody,
    contact: TEAM_PHONE,
    image: 'barber',
  },
  {
    slug: 'huoli-bisai-2026-11',
    title: {
      zh: '十一月活力比赛：套圈和筷子夹豆',
      en: 'November vitality contest: ring toss and the chopstick bean race',
    },
    kind: 'vitality-contest',
    startsAt: '2026-11-13T14:30:00+08:00',
    endsAt: '2026-11-13T16:30:00+08:00',
    organiser: team,
    partners: [],
    audience: olderResidents,
    capacity: 30,
    summary: {
      zh: '每月一次的活力比赛，这回比套圈和用筷子夹豆子，既活动手脚，又练眼力和手指。',
      en: 'This month’s vitality contest pitted neighbours against each other at ring toss and moving beans with chopsticks — good for arms and legs, eyes and nimble fingers.',
    },
    body: {
      zh: [
        '活力比赛是老顽童之家每个月的保留节目，放在每月第二个周五下午。比的不是输赢，是大家一起动起来、笑起来。',
        '本月项目：套圈（站着、坐着投都可以）和一分钟筷子夹豆。比赛开始前，刘嬢嬢带大家做一套手指操热热身。',
        '每位参加的居民都有小奖品。腿脚不方便的老人可以坐着参加，现场有志愿者照看。',
      ],
      en: [
        'The vitality contest is a monthly favourite at Young-at-Heart House, held on the afternoon of the second Friday. Winning isn’t the point; getting moving and having a laugh together is.',
        'This month: ring toss (throw standing or sitting, as you prefer) and a one-minute race to move beans from one bowl to another with chopsticks. Auntie Liu starts things off with a finger-exercise warm-up.',
        'Everyone who takes part goes home with a small prize. Anyone unsteady on their feet can join in from a chair, and volunteers are on hand throughout.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'vitality',
  },
  // ------------------------------------------------------------ upcoming
  {
    slug: 'yue-li-hui-2026-12',
    title: { zh: '十二月志愿者月例会', en: 'December volunteers’ meeting' },
    kind: 'monthly-meeting',
    startsAt: '2026-12-01T09:30:00+08:00',
    endsAt: '2026-12-01T11:30:00+08:00',
    organiser: { zh: '老顽童之家志愿服务队骨干管理小组', en: 'The team’s organising committee of core members' },
    partners: [datong],
    audience: allMembers,
    summary: {
      zh: '冬至家宴分工、邻里节筹备、一月值班表，还有新队员见面。',
      en: 'Jobs for the Winter Solstice banquet, planning for the neighbourhood festival, the January rota, and a welcome for new members.',
    },
    body: {
      zh: [
        '十二月例会照常在第一个周二上午举行。',
        '议程：冬至家宴的采购、帮厨、接待和接送怎么分工；邻里节（2027年1月16日）筹备小组名单；一月值班表；公开本月经费账目。',
        '最近报名的新队员请一起来，会上给大家安排“师傅”。',
      ],
      en: [
        'The December meeting is on the morning of the first Tuesday, as usual.',
        'Agenda: who does the shopping, cooking, welcoming and lifts for the Winter Solstice banquet; the planning group for the neighbourhood festival on 16 January 2027; the January rota; and this month’s accounts.',
        'If you’ve signed up recently, please come along — we’ll pair you with a mentor at the meeting.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'meeting',
  },
  {
    slug: 'gongyi-chazuo-jiangzaocha',
    title: { zh: '公益茶座：冬日姜枣茶', en: 'Community tea table: ginger and jujube tea for winter' },
    kind: 'tea-service',
    startsAt: '2026-12-03T14:00:00+08:00',
    endsAt: '2026-12-03T17:00:00+08:00',
    organiser: team,
    partners: [],
    audience: { zh: '所有居民，老人优先入座', en: 'Everyone — older neighbours get first pick of the seats' },
    capacity: 30,
    summary: {
      zh: '老顽童之家的公益茶座每周二到周日下午都开着。这个周四下午，志愿者现熬姜枣茶，请街坊邻居来坐一坐、暖一暖。',
      en: 'The community tea table at Young-at-Heart House is open every afternoon from Tuesday to Sunday. This Thursday the volunteers will be brewing ginger and jujube tea — drop in, sit down and warm up.',
    },
    body: {
      zh: [
        '公益茶座是老顽童之家最早开办的服务，茶水免费，来喝茶、下棋、摆龙门阵都欢迎。',
        '天气转凉，这个周四下午志愿者会熬上一大锅姜枣茶，另外备有清茶和白开水。血糖高的老人请跟志愿者说一声，我们给您换一杯不加糖的。',
        '腿脚不方便又想来坐坐的老人，可以提前打电话，志愿者到院落门口接您。',
      ],
      en: [
        'The tea table was the first thing Young-at-Heart House ever offered, and it’s still free. Come for a cup, a game of chess or a good chat.',
        'With the weather turning cold, the volunteers will brew a big pot of ginger and jujube tea this Thursday afternoon, with plain tea and hot water as well. If you need to watch your blood sugar, just tell a volunteer and we’ll make you a cup without sugar.',
        'If you’d like to come but find walking difficult, ring us beforehand and a volunteer will meet you at your courtyard gate.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'tea-table',
  },
  {
    slug: 'jiankang-jiangzuo-2026-12',
    title: {
      zh: '健康讲座：冬天管好血压，在家防跌倒',
      en: 'Health talk: steady blood pressure and fewer falls this winter',
    },
    kind: 'health-lecture',
    startsAt: '2026-12-04T09:30:00+08:00',
    endsAt: '2026-12-04T11:00:00+08:00',
    organiser: team,
    partners: [healthStation],
    audience: {
      zh: '社区居民，特别欢迎老年人和家属',
      en: 'All residents, older people and their families especially',
    },
    capacity: 50,
    summary: {
      zh: '社区卫生服务站的医生来讲冬季怎样管血压、在家怎样防跌倒，讲座后免费量血压。',
      en: 'A doctor from the community health station explains how to manage blood pressure in winter and how to avoid falls at home. Free blood-pressure checks afterwards.',
    },
    body: {
      zh: [
        '天一冷，血压容易忽高忽低，老人在家滑倒、摔跤的事也多起来。这次我们请社区卫生服务站的医生，用大白话讲讲冬天怎样管好血压，家里哪些地方最容易摔跤、该怎么改。',
        '讲座大约一个小时，之后留时间答疑，并免费测量血压。请带上平时吃的药的名字或者药盒，方便医生给建议。',
        '现场有扩音设备，前排座位留给耳朵不太好的老人。',
      ],
      en: [
        'Cold weather can send blood pressure up and down, and falls at home become more common. We’ve invited a doctor from the community health station to explain, in plain language, how to keep your blood pressure in check through the winter, and which spots at home are most likely to trip you up and how to fix them.',
        'The talk lasts about an hour, followed by questions and free blood-pressure checks. Please bring the names or the boxes of any medicines you take so the doctor can give you proper advice.',
        'We’ll use a microphone and speakers, and the front rows are kept for anyone who is hard of hearing.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'health',
  },
  {
    slug: 'huoli-bisai-2026-12',
    title: {
      zh: '十二月活力比赛：趣味投壶和猜谜语',
      en: 'December vitality contest: pitch-pot and riddles',
    },
    kind: 'vitality-contest',
    startsAt: '2026-12-11T14:30:00+08:00',
    endsAt: '2026-12-11T16:30:00+08:00',
    organiser: team,
    partners: [],
    audience: olderResidents,
    capacity: 30,
    summary: {
      zh: '这个月比投壶和猜谜语，动动手也动动脑，给冬至和新年热热身。',
      en: 'This month it’s pitch-pot — tossing arrows into a jar — and riddles: something for the hands and something for the brain, to warm up for the Winter Solstice and the New Year.',
    },
    body: {
      zh: [
        '十二月的活力比赛在第二个周五下午举行。',
        '第一项是投壶：用软头的箭往壶里投，站着坐着都行。第二项是猜谜语：谜面用大字写好贴在墙上，猜中一条，换一张小奖券。',
        '奖券可以在冬至家宴上换小礼物。欢迎带上孙辈一起来玩。',
      ],
      en: [
        'December’s vitality contest is on the afternoon of the second Friday.',
        'Round one is pitch-pot: throwing soft-tipped arrows into a jar, standing or seated. Round two is riddles, written out in large characters on the wall; every one you solve earns you a prize ticket.',
        'Tickets can be swapped for small gifts at the Winter Solstice banquet. Grandchildren are very welcome to come and play too.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'vitality',
  },
  {
    slug: 'shangjia-difu-2026-12',
    title: {
      zh: '十二月爱心商家低偿服务日：理发、推拿',
      en: 'December service day: low-cost haircuts and massage',
    },
    kind: 'merchant-service',
    startsAt: '2026-12-13T09:00:00+08:00',
    endsAt: '2026-12-13T12:00:00+08:00',
    organiser: team,
    partners: [barbers, massage],
    audience: { zh: '社区六十岁以上居民', en: 'Residents aged 60 and over' },
    capacity: 40,
    summary: {
      zh: '冬至和元旦前，理个发、松松筋骨。理发5元，推拿20分钟10元，请提前登记。',
      en: 'Get a trim and ease those aches before the Winter Solstice and New Year. Haircuts 5 yuan, 20-minute massages 10 yuan; please book ahead.',
    },
    body: merchantBody,
    contact: TEAM_PHONE,
    image: 'barber',
  },
  {
    slug: 'zhiyuanzhe-peixun-2026-12',
    title: {
      zh: '志愿者培训：食品安全与急救常识',
      en: 'Volunteer training: food safety and first aid',
    },
    kind: 'training',
    startsAt: '2026-12-15T14:30:00+08:00',
    endsAt: '2026-12-15T16:30:00+08:00',
    organiser: team,
    partners: [datong, healthStation],
    audience: {
      zh: '全体志愿者和冬至家宴帮手',
      en: 'All volunteers and everyone helping at the Winter Solstice banquet',
    },
    capacity: 35,
    summary: {
      zh: '冬至家宴前的一次集中培训：帮厨怎样讲卫生，老人突然不舒服该怎么办。家宴帮厨请务必参加。',
      en: 'A training session before the Winter Solstice banquet: keeping the kitchen hygienic, and what to do if an older guest suddenly feels unwell. Kitchen helpers must attend.',
    },
    body: {
      zh: [
        '冬至家宴要做一百多人的饭菜，来的大多是老人，食品安全和突发情况的处理一点都马虎不得。',
        '## 第一部分：帮厨卫生',
        '由社工讲解：怎样洗手，生熟怎样分开，饺子馅当天做当天用，剩菜剩饭怎样处理。',
        '## 第二部分：急救常识',
        '请社区卫生服务站的医生教大家：老人噎着、摔倒、头晕时先怎么做，什么情况要马上打120。现场分组练习。',
        '新队员和报名家宴的帮手都请参加，老队员也欢迎来温习。',
      ],
      en: [
        'The Winter Solstice banquet means cooking for more than a hundred people, most of them elderly, so food safety and knowing how to handle an emergency really matter.',
        '## Part one: kitchen hygiene',
        'A social worker covers the basics: handwashing, keeping raw and cooked food apart, making dumpling fillings on the day they’re used, and what to do with leftovers.',
        '## Part two: first aid',
        'A doctor from the community health station shows what to do first when an older person chokes, falls or feels dizzy, and when to call 120 straight away. There will be hands-on practice in small groups.',
        'New members and everyone helping at the banquet should come; old hands are welcome to brush up too.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'training',
  },
  {
    slug: 'dongzhi-jiayan-2026',
    title: {
      zh: '2026冬至家宴：一起包饺子、喝羊肉汤',
      en: 'Winter Solstice banquet 2026: dumplings and mutton soup together',
    },
    kind: 'festival',
    festival: 'dongzhi',
    startsAt: '2026-12-22T11:00:00+08:00',
    endsAt: '2026-12-22T13:30:00+08:00',
    place: serviceCentre,
    organiser: communityAndTeam,
    partners: [
      datong,
      { zh: '乡味饺子馆', en: 'Xiangwei Dumpling House' },
      { zh: '桂香苑业主委员会', en: 'Osmanthus Garden owners’ committee' },
    ],
    audience: {
      zh: '社区老年居民及家属，独居和高龄老人优先',
      en: 'Older residents and their families; priority for those who live alone and the oldest residents',
    },
    capacity: 120,
    summary: {
      zh: '冬至当天中午，社区请老人们来吃一顿热热闹闹的家宴：现包饺子，现熬羊肉汤。独居老人优先，家属可以一起来。',
      en: 'At midday on the Winter Solstice, the community invites older residents to a warm, lively banquet of freshly made dumplings and mutton soup. Priority for those who live alone; family members are welcome too.',
    },
    body: {
      zh: [
        '成都人过冬至，讲究喝一碗羊肉汤。今年冬至是12月22日，星期二，我们在社区党群服务中心摆上家宴，请老人们来热热闹闹过个节。',
        '十一点开始，大家一起动手包饺子，包得好看不好看都没关系；十二点开席，有羊肉汤、饺子和几样家常菜。不吃羊肉的老人请在报名时说一声，我们另外准备。',
        '## 报名和接送',
        '请在12月18日前到老顽童之家或打电话报名，独居和高龄老人优先。需要接送的请在报名时说明，志愿者十点半左右到院落门口接您。',
        '欢迎家属陪同，也欢迎带一道拿手菜来和大家分享。',
      ],
      en: [
        'In Chengdu, the Winter Solstice means a bowl of mutton soup. This year the solstice falls on Tuesday 22 December, and we’re laying on a banquet at the Community Party and Public Service Centre so older residents can celebrate in good company.',
        'From 11:00, everyone is welcome to help make dumplings — nobody minds what they look like. Lunch is served at 12:00: mutton soup, dumplings and a few home-style dishes. If you don’t eat mutton, tell us when you sign up and we’ll prepare something else.',
        '## Booking and lifts',
        'Please sign up at Young-at-Heart House or by phone by 18 December. Priority goes to residents who live alone and to our oldest guests. If you need help getting there, say so when you book and a volunteer will meet you at your courtyard gate at about 10:30.',
        'Family members are welcome, and so is a favourite home-cooked dish to share.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'dumplings',
    signup: {
      maxParty: 2,
      heldForPhone: 30,
      deadline: '2026-12-18T18:00:00+08:00',
      questions: ['pickup', 'diet', 'mobility', 'note'],
      residents: [
        { name: '陈婆婆', phone: '13900000101', partySize: 2, pickup: true, diet: '不吃羊肉', note: '和老伴一起来' },
        { name: '刘大爷', phone: '13900000102', partySize: 1, mobility: 'wheelchair', pickup: true },
        { name: '赵阿姨', phone: '13900000103', partySize: 2, source: 'phone' },
        { name: '孙爷爷', phone: '13900000104', partySize: 1, diet: '少盐', source: 'phone', pickup: true },
      ],
    },
  },
  {
    slug: 'yue-li-hui-2027-01',
    title: { zh: '2027年一月志愿者月例会', en: 'January 2027 volunteers’ meeting' },
    kind: 'monthly-meeting',
    startsAt: '2027-01-05T09:30:00+08:00',
    endsAt: '2027-01-05T11:30:00+08:00',
    organiser: { zh: '老顽童之家志愿服务队骨干管理小组', en: 'The team’s organising committee of core members' },
    partners: [datong],
    audience: allMembers,
    summary: {
      zh: '冬至家宴复盘、邻里节最后分工、新一年的服务计划和公益创投申报。',
      en: 'Looking back at the Winter Solstice banquet, final jobs for the neighbourhood festival, plans for the new year and this year’s micro-grant bid.',
    },
    body: {
      zh: [
        '新年第一次例会，定在1月5日（星期二）上午。',
        '议程：冬至家宴复盘，哪些做得好、哪些明年要改；邻里节（1月16日）最后分工；商量2027年全年的服务计划；街道公益创投项目的申报材料由谁来写。',
        '散会前大家一起合个影，给新的一年开个好头。',
      ],
      en: [
        'The first meeting of the new year is on the morning of Tuesday 5 January.',
        'Agenda: a look back at the Winter Solstice banquet — what went well and what to change next time; final jobs for the neighbourhood festival on 16 January; the service plan for 2027; and who drafts which part of the sub-district micro-grant application.',
        'We’ll finish with a group photo to start the year off right.',
      ],
    },
    contact: TEAM_PHONE,
    image: 'meeting',
  },
  {
    slug: 'linlijie-2027',
    title: {
      zh: '2027伏龙邻里节：院落百家宴和迎春市集',
      en: 'Fulong Neighbourhood Festival 2027: courtyard potluck and New Year fair',
    },
    kind: 'festival',
    festival: 'linlijie',
    startsAt: '2027-01-16T09:30:00+08:00',
    endsAt: '2027-01-16T16:00:00+08:00',
    place: { zh: '伏龙社区文化广场', en: 'Fulong Community Culture Square' },
    organiser: {
      zh: '伏龙社区两委，老顽童之家志愿服务队承办',
      en: 'Fulong Community Party and residents’ committees, run by the Young-at-Heart House Volunteer Team',
    },
    partners: [
      datong,
      healthStation,
      { zh: '各院落居民小组', en: 'Residents’ groups from every courtyard' },
      { zh: '辖区爱心商家', en: 'Local partner businesses' },
    ],
    audience: { zh: '全体居民，欢迎全家一起来', en: 'Everyone — bring the whole family' },
    summary: {
      zh: '2027年1月16日（星期六），邻里节在社区文化广场举行：写春联、旧物交换、才艺表演、义诊，中午各院落端出拿手菜，拼成一桌百家宴。',
      en: 'On Saturday 16 January 2027 the neighbourhood festival comes to the community square: Spring Festival couplets, a swap market, performances and free health checks, with a potluck lunch of signature dishes from every courtyard.',
    },
    body: {
      zh: [
        '邻里节是伏龙社区一年一度的大聚会。2027年的邻里节定在1月16日，星期六，离春节还有三个星期，正好一起热闹热闹、准备过年。',
        '## 上午',
        '写春联、剪窗花，请字写得好的老人来当老师；旧物交换摊，带来家里用不上的好东西，换回自己需要的；社区卫生服务站现场义诊。',
        '## 中午',
        '院落百家宴：每个院落出几样拿手菜，摆成一条长桌，大家边吃边认识新邻居。',
        '## 下午',
        '才艺表演：唱歌、跳舞、川剧清唱都欢迎。想上台的请提前到老顽童之家报名。',
        '如果下雨，活动改在社区党群服务中心一楼举行。',
      ],
      en: [
        'The neighbourhood festival is Fulong’s big get-together of the year. In 2027 it takes place on Saturday 16 January, three weeks before the Spring Festival — just the moment to celebrate together and get ready for the New Year.',
        '## Morning',
        'Write Spring Festival couplets and cut paper window decorations, with residents who have a fine hand as teachers; bring things you no longer need to the swap stalls and take home something you do; and get a free health check from the community health station.',
        '## Lunchtime',
        'The courtyard potluck: each courtyard brings a few of its best dishes to one long table, and everyone eats, chats and meets new neighbours.',
        '## Afternoon',
        'Performances: songs, dances and unaccompanied Sichuan opera are all welcome. If you’d like a turn on stage, sign up at Young-at-Heart House beforehand.',
        'If it rains, everything moves indoors to the ground floor of the Community Party and Public Service Centre.',
      ],
    },
    contact: '028-87650166',
    image: 'lanterns',
    // The potluck tables seat a set number: sign-ups are for a seat at them (the fair itself is open to all).
    capacity: 12,
    signup: {
      maxParty: 2,
      heldForPhone: 2,
      questions: ['diet', 'mobility'],
      residents: [
        { name: '周奶奶', phone: '13900000201', partySize: 2 },
        { name: '吴叔叔', phone: '13900000202', partySize: 2, diet: '清真' },
        { name: '郑阿姨', phone: '13900000203', partySize: 2 },
        { name: '王伯伯', phone: '13900000204', partySize: 2, mobility: 'limited' },
        { name: '冯婆婆', phone: '13900000205', partySize: 2, source: 'phone' },
        { name: '何大姐', phone: '13900000206', partySize: 2 },
        { name: '马大爷', phone: '13900000207', partySize: 1 },
      ],
    },
  },
]
