import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's REST handler answers every update with "更新成功" (general:updatedSuccessfully), also the
 * one that publishes; the admin shows that message as its toast. It reads the message through
 * `req.t` after the operation, so for a publish we answer that key with "已发布" instead.
 *
 * Every Local API call a hook makes with this req resets `req.t` to `req.i18n.t`, so the wrapped
 * function goes on a copy of `req.i18n` (the original instance is shared between requests).
 */
export const sayPublished: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: { _status?: string } }).data
  if ((operation === 'update' || operation === 'create') && data?._status === 'published' && !(args as { draft?: boolean }).draft) {
    const i18n = req.i18n
    const published = i18n.language === 'en' ? 'Published' : '已发布'
    const t = ((key: string, options?: Record<string, unknown>) =>
      key === 'general:updatedSuccessfully' ? published : i18n.t(key as never, options)) as typeof i18n.t
    req.i18n = { ...i18n, t }
    req.t = t
  }
  return args
}
