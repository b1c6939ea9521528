import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { expireCacheTags } from '@/lib/content/revalidate'
import type { CacheTag } from '@/lib/content/tags'

type HookContext = { disableRevalidate?: boolean }

function expire(tag: CacheTag, context: HookContext, req: PayloadRequest): void {
  if (context.disableRevalidate) return
  expireCacheTags([tag]).catch((error: unknown) => req.payload.logger.warn(`revalidate ${tag} failed: ${String(error)}`))
}

export const revalidateAfterChange =
  (tag: CacheTag): CollectionAfterChangeHook =>
  ({ doc, context, req }) => {
    expire(tag, context as HookContext, req)
    return doc
  }

export const revalidateAfterDelete =
  (tag: CacheTag): CollectionAfterDeleteHook =>
  ({ doc, context, req }) => {
    expire(tag, context as HookContext, req)
    return doc
  }

export const revalidateGlobal =
  (tag: CacheTag): GlobalAfterChangeHook =>
  ({ doc, context, req }) => {
    expire(tag, context as HookContext, req)
    return doc
  }
