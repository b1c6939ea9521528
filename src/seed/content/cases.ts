import type { SeedCase } from './types'

export const cases: SeedCase[] = [
  {
    slug: 'fulong-yihe-sanzhi',
    title: {
      zh: '一核三治、共建共享：伏龙社区老顽童之家志愿服务队是怎样长起来的',
      en: 'One core, three kinds of governance: how a residents’ volunteer team took root in Fulong',
    },
    organisation: { zh: '成都市大同社会工作服务中心', en: 'Chengdu Datong Social Work Service Centre' },
    author: {
      zh: '唐紫璇（原案例作者）；邻里编辑部改写',
      en: 'Tang Zixuan (original case), retold by the Linli editors',
    },
    summary: {
      zh: '伏龙社区由几种不同的院落拼在一起，邻里之间一度很少往来。社区两委联合专业社工，以“一核三治、共建共享”为思路，依托公共空间老顽童之家，陪伴居民一步步组建起自己的志愿服务队。本文梳理这支队伍从无到有的过程，以及我们的几点体会。',
      en: 'Fulong is a patchwork of very different housing whose residents once barely knew one another. Guided by “one core, three kinds of governance”, the community’s committees and social workers helped residents build their own volunteer team around Young-at-Heart House. Here is how, and what we learned.',
    },
    background: {
      zh: [
        '## 一个“拼起来”的社区',
        '伏龙社区在郫筒街道西边，2012年成立。商品房小区、拆迁安置小区、单位老宿舍和城中村院子挨在一起，居民来路各不相同。院落之间走动很少，不少人连隔壁楼的邻居都叫不出名字，对社区也说不上有多少归属感。',
        '在这样的社区里，光靠社区工作人员，很多事情做不细、做不实。要让居民真正参与进来，需要一支扎根本地、由居民自己组成的志愿队伍，也需要一套让这支队伍能长期运转的办法。',
        '## 思路：一核三治',
        '社区两委和成都大同社工商量后，定下了“一核三治、共建共享”的工作思路。“一核”，是由社区党委和居委会统筹全局；“三治”，是德治、法治、自治三股力量互相配合：用身边的榜样带动人，这是德治；用制度和培训把事情做规范，这是法治；让居民自己管队伍、自己办事，这是自治。专业社工在旁协助，社区内外的资源一起出力。',
        '落脚点是社区公共空间“老顽童之家”。围绕这个空间，社工用陪伴的方式一步步培育居民志愿者，希望邻居们能互相帮着解决生活里的难处，每个人都能找到自己的价值，院落之间也能慢慢热络起来。',
      ],
      en: [
        '## A community made of many pieces',
        'Fulong lies on the western side of Pitong sub-district and was set up as a community in 2012. Commercial housing estates, resettlement blocks, old work-unit quarters and urban-village courtyards sit side by side, and residents came from very different backgrounds. There was little coming and going between courtyards; many people couldn’t name the neighbours in the next building, and few felt much attachment to the community.',
        'In a place like this, community staff alone can’t reach every corner or follow everything through. Getting residents genuinely involved takes a volunteer team rooted in the neighbourhood and made up of residents themselves — and a way of working that keeps such a team going.',
        '## The approach: one core, three kinds of governance',
        'The community’s Party committee and residents’ committee agreed an approach with Chengdu Datong Social Work Service Centre: “one core, three kinds of governance, built and shared together”. The core is the Party and residents’ committees, which hold the whole effort together. The three kinds of governance reinforce one another: leading by example, so that role models draw others in (dezhi); rules and training, so that the work is done properly (fazhi); and self-governance, so that residents run the team and its activities themselves (zizhi). Professional social workers support the process, and resources from inside and outside the community are brought in.',
        'The practical anchor was Young-at-Heart House, a shared community space. Around it, the social workers patiently walked alongside residents as they became volunteers. The aim was for neighbours to help one another with everyday problems, for residents to find a sense of purpose, and for the courtyards gradually to grow closer.',
      ],
    },
    practice: {
      zh: [
        '## 德治：让榜样带出一支队伍',
        '老顽童之家刚开张那阵，守在这里的多是社区里的党员。社区党委一号召，住在附近的党员就报了名，几位居民小组长也跟着来了，由社区工作人员统一排班。后来的志愿服务队，就是从这几个人慢慢长起来的。',
        '居民来喝茶、参加活动，接触多了，志愿者的热心慢慢感染了他们。退休多年的骆叔，就是被居民小组长“彩虹奶奶”动员来的，一干就停不下来。还有不少居民在社工的鼓励下，从来接受服务的人变成了提供服务的人。',
        '社区在微信群和公告栏里贴出招募启事，队员们也拉上自己的邻居和老同事。新人来了，都有一位老队员带着上手，这就是“老带新”。队伍就这样一点点壮大，最后留下了一批稳定的骨干。',
        '## 法治：用规矩和培训把事做好',
        '2018年起，专业社工以项目的形式进入社区，陪着队伍一起成长。在本领上，社工办工作坊、开小组课，手把手教服务的方法；在管理上，社工借主题沙龙和团建活动，和队员一起把零零散散的做法理成制度，月例会就是这样定下来的；在眼界上，社工带大家出去参观，和别的志愿团队喝茶交流，取长补短。',
        '这些规矩不是从上往下压的，而是队员们坐在一起商量出来的：值班怎么排，钥匙怎么交接，经费怎么公开，新人怎么带。有了章法，队伍才走得稳、走得远。',
        '## 自治：居民自己当家',
        '最开始，队伍归社区管，任务就是把老顽童之家守好。社工一路陪着，带骨干学着排班、分工、开会、记账，队员们的服务本领也一天天长进。慢慢地，队里的日常事务交给了骨干们组成的管理小组，社区和社工退到了幕后。',
        '本事大了，能做的事也多了。队员们不再只守在老顽童之家，也常到各个院落里走动：陪老人喝茶聊天，下雨天送人回家，给独居老人打电话问候，这些都成了大家自觉在做的事。',
      ],
      en: [
        '## Leading by example: role models who built a team',
        'When Young-at-Heart House first opened, most of the people looking after it were local Party members. The community Party committee put out a call, members living nearby signed up, and a few residents’ group leaders came along too, with community staff drawing up the rota. The volunteer team grew from that handful of people.',
        'As residents dropped in for tea and activities, the volunteers’ warmth gradually rubbed off on them. Uncle Luo, long retired, was talked into coming by “Granny Rainbow”, a residents’ group leader, and found he couldn’t stop. Many others, encouraged by the social workers, went from receiving help at the House to offering it.',
        'The community posted calls for volunteers in WeChat groups and on noticeboards, and members brought along their neighbours and former workmates. Every newcomer learned the ropes alongside an experienced volunteer — the team calls it “old bringing in new”. Little by little the team grew, until a stable group of core members emerged.',
        '## Rules and training: doing things properly',
        'From 2018, professional social workers came into the community through a funded project and grew alongside the team. For skills, they ran workshops and small-group sessions that taught the practicalities of the work. For management, they used themed discussions and team-building days to help members turn scattered habits into agreed rules — the monthly meeting came about this way. And to broaden horizons, they took members on study visits and to tea-time exchanges with other volunteer groups.',
        'None of these rules were imposed from above. The members sat down and thrashed them out together: how the rota works, how the keys change hands, how the money is accounted for, how newcomers are mentored. Having a proper way of doing things is what keeps a team steady over the long run.',
        '## Self-governance: residents in charge',
        'At first the team belonged to the community, and its job was simply to keep Young-at-Heart House running. The social workers stayed alongside, helping core members learn to draw up rotas, share out tasks, run meetings and keep accounts, while every volunteer grew more skilled. Gradually, day-to-day running passed to a committee of core members, and the community and social workers stepped back.',
        'As the team became more capable, it took on more. Members no longer stay inside the House but get out into the courtyards: sharing tea and conversation with older residents, walking them home in the rain and phoning those who live alone are now things they do on their own initiative.',
      ],
    },
    outcomes: {
      zh: [
        '现在，队里有14位固定的骨干，还有二十多位有空就来帮忙的志愿者。谁管值班、谁管采购、谁管联络，各有分工，一个像样的组织架子已经搭了起来。',
        '除了一直开着的公益茶座，队伍还四处牵线，请附近的爱心商家每月上门，给老人提供低价理发和按摩。队员们也学着写项目书，申报社区和街道的公益创投，既拿到了经费，也得到了专业上的指点。',
        '从想点子、做准备到当天张罗，队伍现在都能自己来。老顽童之家每个月都有活力比赛和健康讲座，内容照着老人们的需要来安排；到了重阳、冬至和邻里节，队员们有时自己挑大梁，有时给社区打下手。',
        '更大的变化发生在人身上：不少居民在这里找到了用武之地和归属感，不同院落的老人、家庭和商家，因为一件件具体的小事熟络了起来。',
      ],
      en: [
        'Today the team has 14 regular core members and more than twenty others who help out when they can. Who handles the rota, the shopping or keeping in touch is clearly divided, and a proper organisational structure has taken shape.',
        'Besides the tea table that has always been open, the team has made connections far and wide: local businesses now come in every month to give older residents haircuts and massages at a token price. Members have also learned to write project proposals and bid for community and sub-district micro-grants, winning both funding and expert advice.',
        'From the first idea to the day itself, the team now does it all. Every month the House hosts a vitality contest and a health talk, shaped around what older residents need; and at the Double Ninth, the Winter Solstice and the neighbourhood festival, members either take the lead or lend the community a hand.',
        'The bigger change is in people. Many residents have found somewhere their abilities are needed and a place where they belong, and older people, families and shopkeepers from different courtyards have come to know one another through countless small, practical acts.',
      ],
    },
    lessons: {
      zh: [
        '## 党建引领，把方向定准',
        '头一条是党建引领。党员志愿者走在前面；社区有事先问居民，不同院落、不同年纪的人怎么想都要听一听，最后的决定要让多数人满意。办法从居民中来，结果回到居民中去，一个大家一起建、一起管、一起享的社区才慢慢成形。',
        '## 居民是主角',
        '社区是居民的社区。居民不参与，再好的安排也是冷冰冰的，热闹不起来。志愿服务体系建起来以后，居民越来越把社区的事当成自家的事，也更能感到自己被看见、有收获。',
        '## 社工的三个角色',
        '社工在这里身兼三职。当鼓励者：居民犹豫的时候推一把，帮他们迈出第一步。当引导者：告诉大家怎样做才妥当，把服务做得规范、做得长久。当协调者：跑社区、找商家、申项目，把各方的资源拉过来，给居民撑腰。',
        '## 从真问题出发，让受助者成为助人者',
        '队伍的服务始终从居民身边的实际问题出发。公益课堂的学员、文体活动的参与者、曾经受过帮扶的居民，都可以转身成为回馈社区的志愿者。受过帮助的人再去帮助别人，才能形成每个人都参与、都出一份力、也都得到好处的志愿服务体系。',
      ],
      en: [
        '## Party leadership sets the direction',
        'The first lesson is Party leadership. Party-member volunteers went first, and whenever something needed deciding, the community asked residents — from every courtyard and of every age — and made sure the outcome suited most people. Ideas came from residents and results went back to them, and gradually a community took shape that everyone builds, runs and enjoys together.',
        '## Residents take the lead',
        'A community belongs to its residents. Without them, even the best-laid plans feel cold and lifeless. As the volunteer system took shape, residents increasingly treated community affairs as their own business, and felt more noticed and more rewarded for taking part.',
        '## Three roles for the social worker',
        'The social workers wore three hats. As encouragers, they gave hesitant residents a gentle push to take the first step. As guides, they showed people how to do things properly, so the work stayed up to standard and could last. As coordinators, they went to the community office, local businesses and grant-makers, bringing in resources to back residents up.',
        '## Start from real problems, and let those helped become helpers',
        'The team’s work has always started from the practical problems residents face. People who came to a public-benefit class, joined a cultural or sports activity, or once received support themselves can all turn round and give back as volunteers. When people who have been helped go on to help others, you get a volunteer system in which everyone takes part, everyone does their share and everyone benefits.',
      ],
    },
    keyFigures: [
      { value: '14', label: { zh: '稳定的核心成员', en: 'stable core members' } },
      { value: '20+', label: { zh: '不定期参与的志愿者', en: 'volunteers who help out when they can' } },
      { value: '2012', label: { zh: '伏龙社区成立', en: 'Fulong community established' } },
      { value: '2018', label: { zh: '专业社工进入社区', en: 'professional social workers join' } },
      { value: '3', label: { zh: '德治、法治、自治三治协同', en: 'kinds of governance working together' } },
    ],
    topics: ['dezhi', 'fazhi', 'zizhi'],
    publishedAt: '2026-03-10T10:00:00+08:00',
    image: 'courtyards',
  },
  {
    slug: 'aixin-shangjia-difu-fuwu',
    title: {
      zh: '爱心商家低偿服务：一份能长久做下去的合作',
      en: 'Partner businesses and low-cost services: a partnership built to last',
    },
    organisation: { zh: '伏龙社区老顽童之家志愿服务队', en: 'Young-at-Heart House Volunteer Team, Fulong Community' },
    author: { zh: '陈素芬、社工 王昊', en: 'Chen Sufen and Wang Hao (social worker)' },
    summary: {
      zh: '老人需要理发、按摩，却不方便出门；附近商家愿意出力，却不晓得从哪里做起。志愿队在中间牵线，把一次性的好心变成了每月固定的服务。这是我们的做法和几点体会。',
      en: 'Older residents needed haircuts and massages but found it hard to get out; local businesses wanted to help but didn’t know where to start. By acting as the go-between, the volunteer team turned one-off goodwill into a regular monthly service. Here is how we did it and what we learned.',
    },
    background: {
      zh: [
        '在茶座聊天时，志愿者常听老人说：头发长了，懒得走到街上去剪；肩膀疼，又舍不得去推拿。一些高龄老人腿脚不便，出一趟门，要家里人请假来陪。',
        '另一边，社区周围有不少小商户，老板大多就住在附近，平时也愿意帮邻居一把，只是缺一个稳定、省心的渠道。',
      ],
      en: [
        'Chatting at the tea table, volunteers kept hearing the same things from older residents: their hair was getting long but the walk to the barber’s felt too far; their shoulders ached but a massage seemed an extravagance. Some of the oldest could only go out if a relative took time off work to go with them.',
        'Meanwhile, plenty of small businesses around the community are run by people who live nearby and are happy to help a neighbour. What they lacked was a reliable, hassle-free way to do it.',
      ],
    },
    practice: {
      zh: [
        '## 一家一家去谈',
        '骨干队员在社工陪同下，先从老人常去的理发店、推拿馆问起，讲清楚：每月固定半天，低价收费，组织工作由志愿队负责，商家只管带上手艺来。最后有两家答应试一试。',
        '## 把组织工作做在前面',
        '每次服务前一周，队员在各院落贴通知、登记预约、排好时间；当天有人发号、倒茶、扶老人，商家不用操心排队和秩序。实在出不了门的老人可以登记上门服务，由志愿者陪师傅一起去。',
        '## 价钱讲清楚，账目摆明白',
        '价格由商家和队伍一起商定，贴在门口：理发5元，推拿20分钟10元，钱直接交给师傅，志愿队不经手。每次服务了多少人、大家有什么意见，都在月例会上通报。',
      ],
      en: [
        '## One business at a time',
        'With a social worker alongside, core members started with the barbers and massage clinics older residents already used. They set out the offer plainly: half a day a month at a fixed time, a token price, and the team takes care of all the organising — the business only needs to bring its skills. Two agreed to give it a try.',
        '## Do the organising up front',
        'A week before each service day, members put up notices in every courtyard, take bookings and allocate time slots. On the day, volunteers hand out numbers, pour tea and help people in and out of chairs, so the businesses don’t have to worry about queues. Residents who really can’t get out can book a home visit, and a volunteer goes along with the practitioner.',
        '## Clear prices, open books',
        'Prices were agreed between the businesses and the team and are posted by the door: 5 yuan for a haircut and 10 yuan for a 20-minute massage, paid straight to the practitioner so the team never handles the money. How many people were served, and what they thought, is reported at each monthly meeting.',
      ],
    },
    outcomes: {
      zh: [
        '服务日已经连续办了一年多，每次大约有三十位老人参加，人最多的一次排到了中午一点。',
        '两家商家都表示愿意继续合作。张师傅说，来服务让他认识了更多街坊，店里的回头客也多了。',
        '对队伍来说，这项服务把不少原本不来老顽童之家的老人请进了门，其中几位后来成了茶座的常客。',
      ],
      en: [
        'The service day has now run for more than a year, with around thirty older residents coming each time; once, the queue stretched until one in the afternoon.',
        'Both businesses want to carry on. Master Zhang says the sessions have introduced him to more neighbours and brought more regulars into his shop.',
        'For the team, the service has brought in older residents who had never set foot in Young-at-Heart House, and several of them are now regulars at the tea table.',
      ],
    },
    lessons: {
      zh: [
        '商家愿意长期参与，关键在于省心、有面子、有回报：组织工作由志愿队承担，社区公开感谢他们的付出，店里的口碑也跟着好起来。',
        '低偿比免费更长久。收一点钱，商家的成本有了着落；老人也觉得心安，不觉得是在“占便宜”。',
        '服务日也是发现需要的窗口。排队时和老人聊聊天，常能听到需要跟进的事情，要及时记下来，带到月例会上。',
      ],
      en: [
        'Businesses stay involved when it’s easy, respected and rewarding: the team does the organising, the community thanks them publicly, and their reputation grows.',
        'A token price lasts longer than free. A small charge covers the business’s costs, and older residents feel at ease rather than feeling they’re taking advantage.',
        'Service days are also a window onto residents’ needs. Chatting with people in the queue often turns up something that needs following up, so write it down and bring it to the monthly meeting.',
      ],
    },
    keyFigures: [
      { value: '¥5', label: { zh: '理发一次', en: 'per haircut' } },
      { value: '¥10', label: { zh: '推拿20分钟', en: 'for a 20-minute massage' } },
      { value: '2', label: { zh: '合作的爱心商家', en: 'partner businesses' } },
      { value: '30', label: { zh: '每次服务的老人（约数）', en: 'older residents at a typical session' } },
    ],
    topics: ['linli-huzhu', 'wei-lao-fuwu', 'zizhi'],
    publishedAt: '2026-10-08T10:00:00+08:00',
    image: 'shopfronts',
  },
]
