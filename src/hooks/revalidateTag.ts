import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import type { CacheTag } from '@/lib/content/tags'

type HookContext = { disableRevalidate?: boolean }

function expire(tag: CacheTag, context: HookContext, log: (msg: string) => void): void {
  if (context.disableRevalidate) return
  try {
    revalidateTag(tag, { expire: 0 })
  } catch (error) {
    // Outside a Next.js server (seed script, CLI, tests) there is no cache to refresh.
    if (!(error instanceof Error && /static generation store|outside a request|Invariant/i.test(error.message))) {
      log(`revalidate ${tag} failed: ${String(error)}`)
    }
  }
}

export const revalidateAfterChange =
  (tag: CacheTag): CollectionAfterChangeHook =>
  ({ doc, context, req }) => {
    expire(tag, context as HookContext, (m) => req.payload.logger.warn(m))
    return doc
  }

export const revalidateAfterDelete =
  (tag: CacheTag): CollectionAfterDeleteHook =>
  ({ doc, context, req }) => {
    expire(tag, context as HookContext, (m) => req.payload.logger.warn(m))
    return doc
  }

export const revalidateGlobal =
  (tag: CacheTag): GlobalAfterChangeHook =>
  ({ doc, context, req }) => {
    expire(tag, context as HookContext, (m) => req.payload.logger.warn(m))
    return doc
  }
