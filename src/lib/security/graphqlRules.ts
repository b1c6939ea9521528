import type { ExecutionArgs, ValidationRule } from 'graphql'

import { startGraphqlDeadline } from './apiLimits'
import { costRule } from './graphqlCost'
import { maxDepthRule } from './graphqlDepth'
import { noSuggestionsRule } from './graphqlSuggestions'

/**
 * Our GraphQL rules, run after graphql's own: nesting depth, cost (list sizes and aliases), no
 * schema suggestions in production. A request that passes them starts its time limit here.
 */
export function graphqlValidationRules(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: { context?: Record<string, unknown> } } | undefined)?.req
  if (req) startGraphqlDeadline((req.context ??= {}))
  return [maxDepthRule(), costRule(args.variableValues), noSuggestionsRule]
}
