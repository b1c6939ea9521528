import type { Plugin } from 'payload'

import { limitApiOperations } from './apiLimits'

/** Puts the API limits (ids, page sizes, depth, GraphQL time) in front of every collection's own hooks. */
export const hardenApi: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [limitApiOperations, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
