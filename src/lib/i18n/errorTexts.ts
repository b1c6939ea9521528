import type { Locale } from '@/lib/content/paths'

type ErrorTexts = { title: string; body: string; retry: string; home: string }

/**
 * The error page's few words, apart from the dictionaries: error.tsx must be a client component,
 * and importing the dictionaries there shipped both of them to every page (issue 14, point 15).
 */
export const errorTexts: Record<Locale, ErrorTexts> = {
  zh: { title: '出了点问题', body: '页面暂时打不开，请稍后再试。', retry: '重试', home: '回到首页' },
  en: { title: 'Something went wrong', body: 'This page could not be shown. Please try again in a moment.', retry: 'Try again', home: 'Go to the home page' },
}
