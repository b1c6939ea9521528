import type { SeedStory } from './types'

const linXiaowen = { zh: '社工 林晓雯', en: 'Lin Xiaowen, social worker' }
const wangHao = { zh: '社工 王昊', en: 'Wang Hao, social worker' }
const chenSufenAuthor = { zh: '志愿者 陈素芬', en: 'Chen Sufen, volunteer' }

const uncleLuo = { zh: '骆叔', en: 'Uncle Luo' }
const grannyRainbow = { zh: '彩虹奶奶', en: 'Granny Rainbow' }
const grannyTang = { zh: '唐婆婆', en: 'Granny Tang' }
const auntieLiu = { zh: '刘嬢嬢', en: 'Auntie Liu' }
const chenSufen = { zh: '陈素芬（陈大姐）', en: 'Chen Sufen' }
const xiaoYang = { zh: '小杨', en: 'Xiao Yang' }

export const stories: SeedStory[] = [
  {
    slug: 'luo-shu-kai-men',
    title: { zh: '骆叔的“上班”时间', en: 'Uncle Luo clocks in' },
    summary: {
      zh: '退休后的骆叔被“彩虹奶奶”拉进了志愿队，从麻将桌边走到了老顽童之家门口。现在他每天按时来开门，晚上还常回来看看门窗。',
      en: 'Talked into volunteering by “Granny Rainbow”, retired Uncle Luo swapped the mahjong table for the front door of Young-at-Heart House. These days he opens up every morning — and often pops back at night to check the windows.',
    },
    body: {
      zh: [
        '早上八点五十，家住农机厂宿舍的骆叔已经揣着钥匙出了门。从家里走到老顽童之家，用不了十分钟。到了以后，他开灯、开窗、烧水、摆好茶杯，等第一位老邻居推门进来。',
        '几年前，骆叔的日子可不是这么过的。退休以后闲在家里，一天大半时间耗在麻将桌上。“输赢不大，就是坐得腰杆疼，越打越没意思。”',
        '把他从牌桌边拉出来的，是居民小组长“彩虹奶奶”。那阵子她正帮社区找人照看老顽童之家，一连上门问了好几回：“你来坐一坐嘛，帮忙倒倒茶，不喜欢再回去打牌。”骆叔想，试一下也不吃亏。没想到这一试，就再没回过牌桌。',
        '## 从“试一试”到“放不下”',
        '刚来的时候，他以为当志愿者就是电视剧里那种做好事不留名，跟自己的日子隔得很远。真做起来才发现，事情都很具体：茶水要热，地面要干，腿脚不好的老人要扶一把，好几天没来的要打个电话问问。“做久了才晓得，这是一份责任，不光是心肠好。”',
        '如今值班表上是轮班，可没轮到他的日子，他也常来。“这么好的地方，是大家的，总要有人守着。”有时候晚上睡不踏实，他还会披件衣服走过来，看看门窗锁好没有。',
        '问他当志愿者光不光荣，他连连摆手：“光荣谈不上，就是觉得时间没白过，心里踏实。”他最大的心愿，是来搭把手的人再多一些。',
      ],
      en: [
        'At ten to nine each morning, Uncle Luo is already out of his flat in the Farm Machinery Works Quarters with the keys in his pocket. It’s a walk of under ten minutes to Young-at-Heart House, where he switches on the lights, opens the windows, boils the kettle and sets out the cups before the first neighbour comes through the door.',
        'A few years ago his days looked rather different. Retired and at a loose end, he spent most of his time at the mahjong table. “The stakes were small. Mostly it just gave me a bad back, and it got duller every week.”',
        'The person who got him away from the table was “Granny Rainbow”, the leader of his residents’ group. She was looking for people to help run the community’s new space and kept dropping by: “Just come and sit for a bit and pour some tea. If you don’t like it, the mahjong will still be there.” He figured he had nothing to lose. He never went back to the table.',
        '## From “I’ll give it a go” to “I can’t leave it”',
        'At first he assumed volunteering meant the kind of selfless good deed you see in TV dramas, something far removed from his own life. Doing it taught him otherwise. The work is practical: keep the tea hot and the floor dry, offer an arm to anyone unsteady on their feet, phone whoever hasn’t been in for a few days. “After a while you realise it’s a responsibility, not just a matter of being kind.”',
        'There is a duty rota now, but he turns up on his days off as well. “It’s a lovely place and it belongs to all of us. Someone has to look after it.” On nights when he can’t settle, he pulls on a coat and walks over to make sure the doors and windows are locked.',
        'Ask him whether he feels proud and he waves the question away. “Proud? No. I just feel my days aren’t wasted, and that gives me peace of mind.” His one wish is that more people would come and lend a hand.',
      ],
    },
    volunteers: [uncleLuo, grannyRainbow],
    topics: ['dezhi', 'zizhi'],
    courtyard: 'nongjichang-sushe',
    publishedAt: '2026-04-12T10:00:00+08:00',
    authorName: linXiaowen,
    image: 'luo-shu-night',
  },
  {
    slug: 'tang-popo-de-cha',
    title: { zh: '唐婆婆的那杯茶', en: 'A cup of tea with Granny Tang' },
    summary: {
      zh: '八十九岁的唐婆婆隔三岔五就来老顽童之家坐坐。志愿者陪她喝茶摆龙门阵，下雨天送她回家，她没来的日子就打电话问候。',
      en: 'At 89, Granny Tang drops in at Young-at-Heart House most days. Volunteers sit with her over tea, walk her home when it rains and ring her on the days she stays in.',
    },
    body: {
      zh: [
        '下午两点多，唐婆婆拄着拐杖进了门，志愿者老远就招呼：“婆婆来了！还是坐老位置？”她的老位置是靠窗那张藤椅，晒得到太阳，也看得到门口来来往往的人。',
        '唐婆婆今年八十九岁，是老顽童之家的老熟人。她耳朵有点背，说话要凑近些，可记性好得很：哪家娃娃考上了大学，哪个院子新栽了桂花树，她都讲得清清楚楚。',
        '志愿者给她泡的是淡一点的花茶，杯子只倒七分满，免得烫手。一壶茶能喝一下午。有时候骆叔也端个凳子坐过来，两个人从老郫县赶场一直聊到现在通了地铁。',
        '## 下雨天，送一程',
        '成都的雨说来就来。碰上落雨，志愿者会撑起伞，把唐婆婆送到家门口，看着她进了屋再回来。“她家里人白天上班，晓得有人送，就不用两头操心。”',
        '婆婆没来的日子，大家也惦记着。隔一两天就有人打电话过去：吃饭没有？腿还疼不疼？天冷了记得添衣裳。电话那头，婆婆总是笑：“你们比我孙娃子还操心。”',
        '骆叔说，照顾好唐婆婆这样的常客，是老顽童之家最要紧的事情之一。“老人家要的不多。有人陪她说说话，晓得社区里有人记挂她，就够了。”',
      ],
      en: [
        'A little after two in the afternoon, Granny Tang comes in with her walking stick and someone calls out from across the room: “Afternoon, Granny! Your usual seat?” That’s the cane chair by the window, where the sun comes in and she can watch people coming and going.',
        'Granny Tang is 89 and one of the House’s most faithful regulars. Her hearing isn’t what it was, so you lean in to talk, but her memory is sharp: she can tell you whose grandchild has got into university and which courtyard has just planted an osmanthus tree.',
        'The volunteers make her a mild flower tea and fill the cup only two-thirds full so it isn’t too hot to hold. One pot lasts the whole afternoon. Sometimes Uncle Luo pulls up a stool, and the two of them wander from market days in old Pixian County all the way to the new metro line.',
        '## A walk home in the rain',
        'Chengdu rain arrives without warning. When it does, a volunteer puts up an umbrella and walks Granny Tang to her door, waiting until she is safely inside. “Her family are at work during the day. Knowing someone sees her home saves them a lot of worry.”',
        'On the days she doesn’t come in, she is still on everyone’s mind. Every day or two someone gives her a ring: has she eaten, how is her leg, is she wrapped up now that it’s turning cold? She always laughs down the line: “You lot fuss more than my grandson does.”',
        'For Uncle Luo, looking after regulars like Granny Tang is one of the most important things the House does. “Older people don’t ask for much. Someone to talk to, and knowing the community hasn’t forgotten them — that’s enough.”',
      ],
    },
    volunteers: [grannyTang, uncleLuo],
    topics: ['wei-lao-fuwu', 'linli-huzhu'],
    courtyard: 'guixiang-yuan',
    publishedAt: '2026-05-20T09:30:00+08:00',
    authorName: linXiaowen,
    image: 'tea-rain',
  },
  {
    slug: 'liu-niangniang-dao-cha',
    title: { zh: '刘嬢嬢：从喝茶的客人到倒茶的主人', en: 'Auntie Liu: from guest at the tea table to host' },
    summary: {
      zh: '搬进安置小区以后，刘嬢嬢有一阵子不爱出门。在老顽童之家喝了大半年茶，她变成了给别人倒茶的人。',
      en: 'After moving into resettlement housing, Auntie Liu barely left her flat. Six months of afternoons at Young-at-Heart House later, she was the one pouring the tea.',
    },
    body: {
      zh: [
        '三年前，刘嬢嬢一家从村里的老院子搬进了伏龙新居。新房子干净亮堂，可她一下子不晓得该做啥子了：以前一出门就是菜地和老邻居，现在门一关，一层楼的人都不认得。',
        '那段时间她很少下楼。后来是住在楼下的彩虹奶奶硬把她拉到了老顽童之家：“来喝杯茶嘛，又不要钱。”第一次，她坐了不到半个钟头就走了；第二次，坐了一下午。',
        '慢慢地，她成了茶座的常客，每个月的活力比赛也一场不落。志愿者记得她爱喝竹叶青；每次活动结束，社工小林都会问问她：今天哪个环节最好耍？还有啥子想法？',
        '## “我也帮得上忙”',
        '有一回茶座人多，值班的志愿者忙不过来，刘嬢嬢二话没说，起身去烧水、洗杯子。社工看在眼里，过后问她愿不愿意排个班。她考虑了两天，说：“那我试一下嘛，做得不好你们要教我。”',
        '现在，她每周二、周四下午在茶座当“主人家”，新来的老人都由她招呼。活力比赛开始前，她还带大家做一套手指操。她说，自己被人照顾过，才晓得被照顾是啥滋味：“现在轮到我了，我也想让别个舒服点。”',
        '在老顽童之家，像刘嬢嬢这样先来接受服务、后来提供服务的居民不止一位。社工说，这样的变化不是劝出来的，是在一次次“被需要”里慢慢长出来的。',
      ],
      en: [
        'Three years ago Auntie Liu’s family left their old village house for a flat in Fulong New Homes. The flat was clean and bright, but she suddenly didn’t know what to do with herself. She used to step out of the door into her vegetable plot and among old neighbours; now she shut the door on a landing full of strangers.',
        'For a while she hardly went downstairs. In the end it was Granny Rainbow, who lives on the floor below, who marched her over to Young-at-Heart House: “Come and have a cup of tea. It won’t cost you a thing.” The first time, Auntie Liu left after half an hour. The second time, she stayed all afternoon.',
        'Before long she was a regular at the tea table and never missed the monthly vitality contest. The volunteers remembered that she liked Zhuyeqing green tea, and after each event Xiao Lin, the social worker, would ask her which part she’d enjoyed most and whether she had any ideas.',
        '## “I can help too”',
        'One busy afternoon, with the volunteer on duty run off her feet, Auntie Liu got up without a word, put the kettle on and started washing cups. The social worker noticed, and afterwards asked whether she’d like a place on the rota. She thought about it for two days. “All right, I’ll give it a try — but you’ll have to show me if I get it wrong.”',
        'Now she hosts the tea table every Tuesday and Thursday afternoon and makes sure newcomers feel welcome. Before each vitality contest she leads everyone in a round of finger exercises. Having been looked after herself, she says, she knows what it means. “Now it’s my turn. I want other people to feel at home, too.”',
        'She isn’t the only resident to go from receiving help at the House to giving it. As the social worker puts it, you can’t talk someone into that kind of change. It grows, little by little, each time they find they are needed.',
      ],
    },
    volunteers: [auntieLiu, grannyRainbow],
    topics: ['zizhi', 'linli-huzhu', 'wei-lao-fuwu'],
    courtyard: 'fulong-xinju',
    publishedAt: '2026-06-18T10:00:00+08:00',
    authorName: linXiaowen,
    image: 'pouring-tea',
  },
  {
    slug: 'lao-dai-xin-chen-dajie',
    title: { zh: '老带新：陈大姐和她的“徒弟”小杨', en: 'Learning the ropes: Chen Sufen and her new recruit' },
    summary: {
      zh: '在社区群里看到招募信息的小杨，第一次当志愿者，心里有点虚。骨干陈大姐带了她三个星期，把门道一点一点教给了她。',
      en: 'Xiao Yang saw a call for volunteers in the community WeChat group and signed up, feeling a little out of her depth. For three weeks core member Chen Sufen showed her the ropes.',
    },
    body: {
      zh: [
        '小杨三十出头，在家接设计的活儿，时间比较自由。去年秋天，她在社区微信群里看到老顽童之家招志愿者，犹豫了好几天才报名：“我怕自己不会跟老年人打交道。”',
        '队里给她安排的“师傅”是陈大姐。陈大姐退休前是小学老师，在队里做了四年，带过的新人有七八个。她的办法很简单：先跟着看，再一起做，最后自己上。',
        '第一周，小杨一直跟在陈大姐身边。陈大姐递给她一个旧笔记本，上面记着常客们的习惯：谁喝茶要淡，谁坐不得硬板凳，谁的孙女在外地读书、一聊这个就高兴。“这个本本，比啥子培训都管用。”',
        '## 第一次打电话',
        '第二周，陈大姐让小杨给一位独居老人打问候电话。小杨提前在纸上写了好几行要说的话，结果电话一通，老人家先问她吃饭没有，两个人一聊就是二十多分钟。放下电话，小杨自己都笑了：“原来没那么难。”',
        '第三周，小杨已经能一个人值一下午的班。她还拿出自己的本事，给队里做活动海报，字放得大大的，老人隔老远都看得清。',
        '队里有个不成文的规矩：来了新人，一定有老队员带。陈大姐说，队伍是一个人一个人带出来的，“我当初也是别人带出来的嘛。”现在，小杨已经在打听下一个新人啥时候来了。',
      ],
      en: [
        'Xiao Yang is in her early thirties and works from home as a freelance designer, so her hours are flexible. Last autumn she spotted a call for volunteers at Young-at-Heart House in the community WeChat group, and it took her several days to sign up. “I was worried I wouldn’t know how to talk to older people.”',
        'The team paired her with Chen Sufen, known to everyone as Sister Chen, a retired primary-school teacher who has volunteered for four years and mentored seven or eight newcomers. Her method is simple: first you watch, then you do it together, then you do it yourself.',
        'For the first week Xiao Yang stayed at Chen’s side. Chen handed her a battered notebook listing the regulars’ habits: who likes their tea weak, who can’t sit on a hard chair, whose granddaughter is studying in another city and loves to be asked about her. “That notebook is worth more than any training course.”',
        '## The first phone call',
        'In the second week Chen asked Xiao Yang to make a check-in call to an older resident who lives alone. Xiao Yang wrote out what she wanted to say on a sheet of paper. The moment the call connected, the old lady asked whether she’d eaten yet, and they ended up chatting for more than twenty minutes. “It wasn’t nearly as hard as I thought,” Xiao Yang said afterwards, laughing at herself.',
        'By the third week she was running an afternoon shift on her own. She has also put her design skills to work, making posters for the team’s activities with lettering big enough for older eyes to read from across the room.',
        'The team has an unwritten rule: every newcomer is paired with an old hand. “You build a team one person at a time,” says Chen. “Somebody did it for me, after all.” Xiao Yang is already asking when the next newcomer will arrive.',
      ],
    },
    volunteers: [chenSufen, xiaoYang],
    topics: ['zizhi', 'dezhi'],
    courtyard: 'guixiang-yuan',
    publishedAt: '2026-07-22T10:00:00+08:00',
    authorName: wangHao,
    image: 'mentoring',
  },
  {
    slug: 'yue-li-hui-de-guiju',
    title: {
      zh: '每月第一个周二：一张桌子上商量出来的规矩',
      en: 'First Tuesday of the month: the rules we worked out round one table',
    },
    summary: {
      zh: '以前有事靠喊，钥匙在谁手上都说不清。有了月例会以后，值班、钥匙、账目和带新人都有了章法，队伍也越来越稳。',
      en: 'It used to be a matter of shouting across the room, and nobody was ever sure who had the keys. Since the monthly meeting began, the rota, the keys, the accounts and the mentoring of newcomers have all been put on a proper footing — and the team is steadier for it.',
    },
    body: {
      zh: [
        '老顽童之家刚开门那几年，来帮忙的大多是社区党员和居民小组长，有事全靠社区工作人员打电话通知。大家都热心，可也常出岔子：有时两个人同时来开门，有时一个下午没人值班；钥匙在谁手上，要挨个去问。',
        '2018年，专业社工进了社区。社工没有急着定规矩，而是先办了几场主题沙龙，请大家说一说：队伍里最让人头疼的事是啥？你一言我一语，写满了一大张纸。',
        '## 规矩是大家商量出来的',
        '骨干们对着那张纸一条一条地讨论，慢慢定下了几项制度：每月第一个周二上午开例会；值班表提前一个月排好，贴在门口；钥匙交接要登记；活动经费笔笔有账，发票贴在本子上，例会上公开给大家看。',
        '例会的流程也固定了下来：先说上个月做了啥、哪里没做好；再商量下个月的活动和分工；最后留出十分钟，专门介绍新来的队员，给他们配好“师傅”。',
        '骆叔说，刚开始大家都嫌开会麻烦，“一开就是两个钟头”。后来发现，把事情摆到桌面上说清楚，反倒省心了：吵嘴的少了，来的人多了，各人该做啥也明白了。',
        '如今，队伍的日常管理由骨干自己负责，社工更多是在旁边支持。例会记录本已经写到了第四本。这些规矩不是写给别人看的，是为了让一群热心人能长长久久地一起做事。',
      ],
      en: [
        'In the early years of Young-at-Heart House, most of the helpers were Party members and residents’ group leaders, and community staff rang round whenever something needed doing. Everyone meant well, but things slipped: sometimes two people turned up to open the door, sometimes a whole afternoon went uncovered, and finding out who had the keys meant asking everyone in turn.',
        'In 2018 professional social workers began working in the community. Rather than hand down rules, they ran a few themed discussion sessions and asked a simple question: what is the biggest headache in this team? Everyone chipped in, and the answers filled a large sheet of paper.',
        '## Rules we agreed together',
        'Working through that sheet one point at a time, the core members gradually settled on a handful of arrangements: a meeting on the morning of the first Tuesday of every month; a duty rota drawn up a month ahead and pinned by the door; a signed record whenever the keys change hands; and accounts anyone can check, with every receipt stuck into a ledger that is opened up at the meeting.',
        'The meeting itself follows a set pattern. First, what we did last month and what didn’t go well; next, the coming month’s activities and who does what; and finally ten minutes set aside to introduce new members and pair each of them with a mentor.',
        'Uncle Luo admits that people grumbled about the meetings at first. “Two hours, every time!” But putting things on the table and talking them through turned out to save trouble. There are fewer squabbles, more people come, and everyone knows their job.',
        'These days the core members run the team themselves, with the social workers supporting from the sidelines. The minutes have reached their fourth notebook. The rules aren’t there for show; they are what lets a group of well-meaning people keep working together for years to come.',
      ],
    },
    volunteers: [uncleLuo, chenSufen],
    topics: ['fazhi', 'zizhi'],
    publishedAt: '2026-08-30T10:00:00+08:00',
    authorName: wangHao,
    image: 'meeting',
  },
  {
    slug: 'wu-kuai-qian-jian-ge-tou',
    title: { zh: '五块钱剪个头：爱心商家来到老顽童之家', en: 'A five-yuan haircut: local businesses lend a hand' },
    summary: {
      zh: '每月第二个周日上午，附近理发店和推拿馆的师傅会来老顽童之家，给老人低价理发、按摩。队伍牵线，商家出力，居民得实惠。',
      en: 'On the second Sunday morning of every month, a local barber and a massage therapist set up at Young-at-Heart House, offering older residents haircuts and massages for a token price. The team makes the connections, the businesses give their time, and residents reap the benefit.',
    },
    body: {
      zh: [
        '周日上午还不到九点，老顽童之家门口已经排起了小队。屋里，巧剪理发店的张师傅支起折叠理发椅，把围布一抖：“来，哪个先？”',
        '张师傅在伏龙开了十几年理发店，不少老人都是他的老主顾。可年纪大了，有的腿脚不方便，走到店里都吃力。志愿者把这个情况跟他一说，他当场就答应每月来一次，剪一次只收五块钱，够个电费和刀片钱就行。',
        '隔壁屋里，安康推拿馆的周师傅正在给一位大爷揉肩膀。二十分钟收十块钱，主要照顾肩颈和腰腿。“老年人哪里不舒服，我们心里有数，手上轻重也有分寸。”',
        '## 队伍牵线，大家都有收获',
        '请商家来，是志愿队在社工支持下一家一家谈下来的。队员们提前一周在各个院落贴通知、登记预约，当天负责发号、倒茶、扶老人上下椅子，刘嬢嬢还专门守着热水壶。',
        '商家也觉得划算。张师傅说，来一趟认识的街坊多了，平时店里生意也好了一些；更要紧的是，“看到老人家剪完头照镜子，笑眯眯的，我心头也舒服。”',
        '现在，每月一次的低偿服务已经成了老顽童之家的固定节目。队里还在四处打听，看有没有修鞋、配眼镜的师傅愿意一起来。',
      ],
      en: [
        'Before nine on a Sunday morning there’s already a small queue outside Young-at-Heart House. Inside, Master Zhang from Qiaojian Barbers unfolds his barber’s chair, shakes out a cape and asks, “Right then, who’s first?”',
        'Master Zhang has run a barber’s shop in Fulong for more than ten years, and many older residents are long-standing customers. But some of them now find even the walk to the shop hard going. When the volunteers told him, he agreed on the spot to come once a month and charge just five yuan a cut — enough to cover the electricity and the blades.',
        'In the next room, Master Zhou from the Ankang Massage Clinic is kneading an old man’s shoulders. Twenty minutes costs ten yuan, with the focus on the neck, shoulders, back and legs. “We know where older people ache, and how gentle to be.”',
        '## The team connects, and everyone gains',
        'The volunteers, backed by the social workers, talked to local businesses one at a time to set this up. A week ahead they put up notices in every courtyard and take bookings; on the day they hand out numbers, pour tea and help people in and out of the chairs, while Auntie Liu keeps watch over the kettle.',
        'The businesses feel it’s worth their while too. Master Zhang has got to know more of his neighbours, and his shop is a little busier. More than that, he says, “When an old lady looks in the mirror after her haircut and breaks into a smile, that does me good.”',
        'The monthly low-cost service day is now a fixture at the House, and the team is asking around for a shoe-mender or an optician who might like to join in.',
      ],
    },
    volunteers: [
      { zh: '张师傅（巧剪理发店）', en: 'Master Zhang (Qiaojian Barbers)' },
      { zh: '周师傅（安康推拿馆）', en: 'Master Zhou (Ankang Massage Clinic)' },
      auntieLiu,
    ],
    topics: ['linli-huzhu', 'wei-lao-fuwu'],
    publishedAt: '2026-09-16T10:00:00+08:00',
    authorName: chenSufenAuthor,
    image: 'barber',
  },
  {
    slug: 'chongyang-qiao-men-2026',
    title: { zh: '重阳这一天，我们敲开了二十三扇门', en: 'Double Ninth 2026: twenty-three doors in one morning' },
    summary: {
      zh: '10月18日重阳节，二十多位志愿者分成六组，带着重阳糕和小菊花，走访了五个院落里的二十三位高龄老人。',
      en: 'On 18 October, the Double Ninth Festival, more than twenty volunteers in six groups took Double Ninth cakes and small chrysanthemums to twenty-three older residents across five courtyards.',
    },
    body: {
      zh: [
        '10月18日是今年的重阳节。早上八点半，二十多位志愿者在老顽童之家集合，分成六个小组，每组领一张走访名单、一袋重阳糕和一束小菊花。',
        '名单是提前半个月在例会上商量好的：社区里八十岁以上、独自居住、行动不便或者子女常年在外的老人，一共二十三位，分散在五个院落。每个小组都由一位老队员带队，还至少配一名新队员。',
        '## 柳树湾的老院子',
        '骆叔带的小组去了柳树湾院子。九十六岁的周爷爷正坐在院坝里晒太阳，看见大家来了，硬要起身去搬板凳。志愿者扶他坐好，帮他量了血压，又把社区联系卡换成字更大的新卡片，贴在他家座机旁边。',
        '在农机厂宿舍，一对老夫妻早早泡好了茶等着。婆婆拉着陈大姐的手，讲了半个钟头年轻时在厂里上班的事。临走，爷爷往志愿者手里塞了一大把自家树上摘的橘子，推都推不掉。',
        '## 走访之后',
        '中午回到老顽童之家，各组把情况登记在本子上：哪家的灯泡该换了，哪位老人最近睡不好，哪家希望多打几个电话。这些事会在下个月的例会上分好工，一件一件跟进。',
        '第一次参加走访的新队员邓叔说，敲第一扇门之前心里直打鼓，门一开就不紧张了。“老人家是真的在等我们。”',
      ],
      en: [
        'This year the Double Ninth Festival fell on 18 October. At half past eight that morning, more than twenty volunteers gathered at Young-at-Heart House and split into six groups, each with a list of homes to visit, a bag of Double Ninth cakes and a bunch of small chrysanthemums.',
        'The list had been agreed at the monthly meeting a fortnight earlier: twenty-three residents over eighty who live alone, have trouble getting about, or whose children work far away, spread across five courtyards. Every group was led by an experienced volunteer and included at least one newcomer.',
        '## An old courtyard at Willow Bend',
        'Uncle Luo’s group went to Willow Bend Courtyard. Grandpa Zhou, 96, was sitting out in the sun and insisted on getting up to fetch stools for everyone. The volunteers settled him back in his chair, took his blood pressure and swapped his community contact card for a new one in larger print, which they stuck up beside his landline.',
        'At the Farm Machinery Works Quarters, an elderly couple had the tea brewed and waiting. The wife held Sister Chen’s hand and spent half an hour talking about her years on the factory floor. As the group got up to leave, her husband pressed a big handful of mandarins from their own tree on them and would not take no for an answer.',
        '## After the visits',
        'Back at the House at midday, each group wrote up what they had found: a light bulb that needs changing here, someone sleeping badly there, a family that would welcome more phone calls. Each item will be shared out at next month’s meeting and followed up one by one.',
        'Uncle Deng, a newcomer on his first round of visits, said his heart was pounding before he knocked on the first door, but the nerves vanished the moment it opened. “They really were waiting for us.”',
      ],
    },
    volunteers: [uncleLuo, chenSufen, { zh: '邓叔', en: 'Uncle Deng' }, { zh: '周爷爷', en: 'Grandpa Zhou' }],
    topics: ['wei-lao-fuwu', 'dezhi', 'linli-huzhu'],
    courtyard: 'liushuwan',
    publishedAt: '2026-10-20T18:00:00+08:00',
    authorName: linXiaowen,
    image: 'chrysanthemum',
  },
]
