import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's REST handler answers every update with "更新成功" (general:updatedSuccessfully), also the
 * one that publishes; the admin shows that message as its toast. It reads the message through
 * `req.t` after the operation, so for a publish we answer that key with "已发布" instead.
 */
export const sayPublished: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: { _status?: string } }).data
  if ((operation === 'update' || operation === 'create') && data?._status === 'published' && !(args as { draft?: boolean }).draft) {
    const t = req.t
    const published = req.i18n?.language === 'en' ? 'Published' : '已发布'
    req.t = ((key: string, options?: Record<string, unknown>) =>
      key === 'general:updatedSuccessfully' ? published : t(key as never, options)) as typeof req.t
  }
  return args
}
