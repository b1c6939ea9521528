import type { Locale } from '@/lib/content/paths'
import { defineMessages, fillMessage } from '@/lib/i18n'
import type { FormErrorCode as SharedFormErrorCode } from '@/forms/messages'

/** Why a field was refused; each code has a message in every locale. */
export type ErrorCode =
  | 'required'
  | 'tooLong'
  | 'nameChars'
  | 'phoneInvalid'
  | 'emailInvalid'
  | 'courtyardUnknown'
  | 'under14'
  | 'choiceUnknown'
  | 'availabilityRequired'
  | 'noMarkup'
  | 'consentRequired'
  | 'belowMinimumAge'
  | 'choiceRequired'

/** The shared form machinery's refusals (`src/forms/messages.ts`), said the way recruitment says them, plus its own. */
export type FormErrorCode = SharedFormErrorCode | 'closed'

/** Recruitment's texts: one table per purpose, through the site's one i18n system (`defineMessages`). */
const errors = defineMessages<Record<ErrorCode, string>>({
  zh: {
    required: '这一项请填写。',
    tooLong: '写得有点长了，请删减到 {max} 个字以内。',
    nameChars: '请只填写文字（可以有空格、间隔号“·”和连字符），不要用数字、符号或表情。',
    phoneInvalid: '请填写11位手机号，例如 138 0000 0000。',
    emailInvalid: '邮箱格式好像不对，例如 name@example.com；不想填可以空着。',
    courtyardUnknown: '请从列表里选一个院落；不在列表里的请选“其他”。',
    under14:
      '谢谢你愿意帮忙！未满14岁的小朋友暂时不能在网上报名。请爸爸妈妈或其他监护人带你到活动室来，或者请他们打电话和我们联系，我们一起想办法。',
    choiceUnknown: '请从给出的选项里选择。',
    availabilityRequired: '请至少选一个你方便的时间。',
    noMarkup: '请不要输入尖括号标签（例如 <script>），用平常的文字写就好。',
    consentRequired: '请阅读上面的个人信息说明，并勾选同意后再提交。',
    belowMinimumAge: '谢谢你愿意帮忙！这次招募需要年满{age}岁。欢迎看看其他招募，或者打电话和我们聊聊。',
    choiceRequired: '请选一项你想报名的。',
  },
  en: {
    required: 'Please fill this in.',
    tooLong: 'This is a little long: please keep it to {max} characters.',
    nameChars: 'Please use letters only (spaces, hyphens and apostrophes are fine): no digits, symbols or emoji.',
    phoneInvalid: 'Please enter an 11-digit mainland mobile number, e.g. 138 0000 0000.',
    emailInvalid: 'That email address does not look right (e.g. name@example.com). You can leave it empty.',
    courtyardUnknown: 'Please choose a courtyard from the list, or “Other”.',
    under14:
      'Thank you for wanting to help! Children under 14 cannot apply online. Please ask a parent or guardian to come to our space with you, or to give us a call, and we will find a way together.',
    choiceUnknown: 'Please choose from the options given.',
    availabilityRequired: 'Please choose at least one time that suits you.',
    noMarkup: 'Please do not type tags in angle brackets (such as <script>); plain words are best.',
    consentRequired: 'Please read the privacy notice above and tick the box to agree before sending.',
    belowMinimumAge: 'Thank you for wanting to help! This call needs people aged {age} or over. Have a look at our other calls, or give us a call.',
    choiceRequired: 'Please choose the one you would like to sign up for.',
  },
})

const formErrors = defineMessages<Record<FormErrorCode, string>>({
  zh: {
    notFound: '这个招募已经不在了。欢迎看看正在招募的其他岗位。',
    spam: '这次提交没有通过检查。请刷新页面再填一次，或者直接打电话报名。',
    proofOfWork: '页面的安全检查过期了。请再点一次“提交报名”。',
    proofOfWorkReused: '这份表已经提交过了。如需再次报名，请刷新页面。',
    closed: '这次招募已经截止，不再接受报名。欢迎看看正在招募的其他岗位。',
    rateLimited: '提交得太频繁了，请休息一分钟再试。你填写的内容都还在。',
    tooLarge: '填写的内容太多了，请删减一些再提交。',
    malformed: '提交的内容无法读取，请刷新报名页后重新填写。',
    server: '抱歉，系统出了点问题，报名没有保存。请稍后再试，或者打电话报名。',
    unavailable: '系统正在恢复，这份报名还没有保存。请过一分钟再提交一次。',
    network: '网络好像断了，报名还没有送出。请检查网络后再点一次“提交报名”。',
  },
  en: {
    notFound: 'This call is no longer here. Have a look at the calls that are open.',
    spam: 'This submission did not pass our checks. Please reload the page and try again, or apply by phone.',
    proofOfWork: 'The page’s security check has expired. Please press “Send application” again.',
    proofOfWorkReused: 'This form has already been sent. To apply again, please reload the page.',
    closed: 'This call has closed and no longer takes applications. Have a look at the calls that are still open.',
    rateLimited: 'Too many attempts in a short time. Please wait a minute and try again: what you typed is still here.',
    tooLarge: 'There is too much text. Please shorten it and send again.',
    malformed: 'What was sent could not be read. Please reload the form and fill it in again.',
    server: 'Sorry, something went wrong and your application was not saved. Please try again later, or apply by phone.',
    unavailable: 'The system is recovering and your application has not been saved yet. Please send it again in a minute.',
    network: 'The connection seems to be down, so your application was not sent. Please check it and press “Send application” again.',
  },
})

export function errorMessage(locale: Locale, code: ErrorCode, params: { max?: number; age?: number } = {}): string {
  return fillMessage(errors[locale][code], { max: params.max ?? '', age: params.age ?? '' })
}

export function formErrorMessage(locale: Locale, code: FormErrorCode): string {
  return formErrors[locale][code]
}

export const formTexts = defineMessages({
  zh: {
    heading: '报名表',
    generalHeading: '加入我们',
    intro: '带 * 的是必填项。填好后点最下面的“提交报名”，一分钟就好。',
    required: '必填',
    optional: '选填',
    name: '姓名',
    phone: '手机号',
    phoneHint: '11位手机号，我们会打这个电话联系你。',
    email: '电子邮箱',
    emailHint: '填了邮箱，我们会把报名回执发给你。',
    courtyard: '住在哪个院落',
    courtyardChoose: '请选择',
    courtyardOther: '其他（不在列表里）',
    courtyardOtherText: '其他院落或住址',
    ageRange: '年龄段',
    choice: '想报名哪一项',
    choiceHint: '这次招募只能选一项。',
    skills: '擅长或想做的事',
    skillsHint: '可以多选，都不会也没关系。',
    skillsNote: '其他特长或兴趣',
    availability: '方便的时间',
    availabilityHint: '可以多选。',
    referrer: '介绍人',
    referrerHint: '是哪位志愿者介绍你来的？（老带新）',
    message: '想对我们说的话',
    privacyHeading: '个人信息说明',
    consent: '我已阅读上面的个人信息说明，同意你们按说明使用我填写的信息。',
    honeypot: '请不要填写这一项',
    submit: '提交报名',
    submitting: '正在提交，请稍候…',
    errorSummary: '有几处需要修改：',
    closedHeading: '这次招募已经截止',
    closedBody: '谢谢你的关注！这个岗位已经不再接受报名。',
    openCalls: '看看正在招募的岗位',
    backToForm: '返回报名页',
  },
  en: {
    heading: 'Application form',
    generalHeading: 'Join the team',
    intro: 'Fields marked * are required. Fill them in and press “Send application” at the bottom: it takes a minute.',
    required: 'required',
    optional: 'optional',
    name: 'Name',
    phone: 'Mobile phone',
    phoneHint: 'An 11-digit mainland mobile number: we will call you on it.',
    email: 'Email',
    emailHint: 'If you give one, we will email you a receipt.',
    courtyard: 'Your courtyard',
    courtyardChoose: 'Please choose',
    courtyardOther: 'Other (not listed)',
    courtyardOtherText: 'Other courtyard or address',
    ageRange: 'Age',
    choice: 'Which one would you like to sign up for?',
    choiceHint: 'You can choose one.',
    skills: 'Skills and interests',
    skillsHint: 'Choose any that apply, or none.',
    skillsNote: 'Other skills or interests',
    availability: 'When you are free',
    availabilityHint: 'Choose all that apply.',
    referrer: 'Referred by',
    referrerHint: 'Which volunteer told you about us?',
    message: 'Anything you would like to tell us',
    privacyHeading: 'Privacy notice',
    consent: 'I have read the privacy notice above and agree to my information being used as it describes.',
    honeypot: 'Please leave this empty',
    submit: 'Send application',
    submitting: 'Sending, please wait…',
    errorSummary: 'A few things need changing:',
    closedHeading: 'This call has closed',
    closedBody: 'Thank you for your interest! This role no longer takes applications.',
    openCalls: 'See the calls that are open',
    backToForm: 'Back to the form',
  },
})

export type FormTexts = (typeof formTexts)['zh']

export const thanksTexts = defineMessages({
  zh: {
    title: '报名已收到',
    lead: '谢谢你！你的报名已经送到我们这里了。',
    leadForCall: '谢谢你！你报名“{call}”的信息已经送到我们这里了。',
    callStepsHeading: '这次招募的安排',
    reference: '报名编号',
    referenceHint: '请记下这个编号，打电话询问时告诉我们就行。',
    nextHeading: '接下来',
    next: [
      '社工会在几天内给你打电话，简单聊聊你想做什么、什么时间方便。',
      '如果你留了邮箱，我们也给你发了一封确认邮件。',
      '正式参加前，一位老队员会带着你熟悉情况（老带新）。',
    ],
    contact: '一周后还没有消息，或者想撤回报名，请打电话给我们：',
    withdraw: '想撤回报名或删除你的信息，随时告诉我们就可以。',
    back: '返回招募页面',
  },
  en: {
    title: 'Application received',
    lead: 'Thank you! Your application has reached us.',
    leadForCall: 'Thank you! Your application for “{call}” has reached us.',
    callStepsHeading: 'For this call',
    reference: 'Reference',
    referenceHint: 'Please note this reference and quote it if you call us.',
    nextHeading: 'What happens next',
    next: [
      'A social worker will call you within a few days to talk about what you would like to do and when you are free.',
      'If you gave an email address, we have sent you a confirmation too.',
      'Before you start, an experienced volunteer will show you the ropes.',
    ],
    contact: 'If you have not heard from us within a week, or want to withdraw, please call us:',
    withdraw: 'To withdraw your application or have your information deleted, just tell us at any time.',
    back: 'Back to volunteering',
  },
})

export const defaultPrivacyNotice = defineMessages<string>({
  zh: [
    '谁收集：本志愿服务队及协助我们工作的社工机构。',
    '为什么：只用于联系你、安排志愿服务和老带新，不会用于其他目的，也不会提供给其他单位或个人。',
    '保存多久：加入队伍的，在你参与服务期间保存；没有加入或撤回报名的，在结束后 180 天内删除或匿名处理。',
    '怎么撤回：你可以随时打电话或当面告诉社工，撤回同意、查看、更正或删除你的信息。',
    '未满14周岁的未成年人请由监护人陪同线下报名。',
  ].join('\n'),
  en: [
    'Who collects it: our volunteer team and the social-work organisation that supports us.',
    'Why: only to contact you, arrange your volunteering and pair you with a mentor. It is not used for anything else and not passed to any other organisation or person.',
    'How long we keep it: while you volunteer with us if you join; if you do not join or you withdraw, it is deleted or anonymised within 180 days.',
    'How to withdraw: call us or tell a social worker at any time to withdraw your consent, or to see, correct or delete your information.',
    'Children under 14 should apply in person with a parent or guardian.',
  ].join('\n'),
})
