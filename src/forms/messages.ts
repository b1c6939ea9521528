import { defineMessages } from '@/lib/i18n'

/** Why the shared machinery refused a whole form (not one field); a capability may word each its own way. */
export type FormErrorCode = 'notFound' | 'spam' | 'proofOfWork' | 'proofOfWorkReused' | 'rateLimited' | 'tooLarge' | 'malformed' | 'server' | 'unavailable' | 'network'

/** Generic wording, used by a capability that does not give its own. */
export const formErrorTexts = defineMessages<Record<FormErrorCode, string>>({
  zh: {
    notFound: '这个表单已经不在了。请回到网站首页看看。',
    spam: '这次提交没有通过检查。请刷新页面再填一次，或者直接打电话给我们。',
    proofOfWork: '页面的安全检查过期了。请再提交一次。',
    proofOfWorkReused: '这份表已经提交过了。如需再次提交，请刷新页面。',
    rateLimited: '提交得太频繁了，请休息一分钟再试。你填写的内容都还在。',
    tooLarge: '填写的内容太多了，请删减一些再提交。',
    malformed: '提交的内容无法读取，请刷新页面后重新填写。',
    server: '抱歉，系统出了点问题，没有保存。请稍后再试，或者打电话给我们。',
    unavailable: '系统正在恢复，还没有保存。请过一分钟再提交一次。',
    network: '网络好像断了，还没有送出。请检查网络后再提交一次。',
  },
  en: {
    notFound: 'This form is no longer here. Please have a look on the home page.',
    spam: 'This submission did not pass our checks. Please reload the page and try again, or call us.',
    proofOfWork: 'The page’s security check has expired. Please send it again.',
    proofOfWorkReused: 'This form has already been sent. To send it again, please reload the page.',
    rateLimited: 'Too many attempts in a short time. Please wait a minute and try again: what you typed is still here.',
    tooLarge: 'There is too much text. Please shorten it and send again.',
    malformed: 'What was sent could not be read. Please reload the page and fill it in again.',
    server: 'Sorry, something went wrong and nothing was saved. Please try again later, or call us.',
    unavailable: 'The system is recovering and nothing has been saved yet. Please send it again in a minute.',
    network: 'The connection seems to be down, so nothing was sent. Please check it and send again.',
  },
})

/** Texts the shared form component shows around any form. */
export const publicFormTexts = defineMessages({
  zh: { submitting: '正在提交，请稍候…', errorSummary: '有几处需要修改：' },
  en: { submitting: 'Sending, please wait…', errorSummary: 'A few things need changing:' },
})
