import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity'

/** A list query without `limit` gets Payload's default page size. */
const DEFAULT_PAGE = 10
/** What `limit: 0` or `pagination: false` (every document) is counted as. */
const UNPAGINATED = 10_000

/** Cost budget of one request: every field selected counts once per document a list may return. */
export const MAX_GRAPHQL_COST = 2000
/** Aliases make one request do the work of many; the site and its API users need few. */
export const MAX_GRAPHQL_ALIASES = 10

function listSize(args: Record<string, unknown>): number {
  if (args.pagination === false) return UNPAGINATED
  const limit = args.limit
  if (typeof limit !== 'number') return DEFAULT_PAGE
  return limit <= 0 ? UNPAGINATED : Math.min(limit, UNPAGINATED)
}

/** Fields that take a `limit` (Payload's collection lists, versions, joins) cost their selection once per possible document. */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'limit')) return undefined
  return 1 + listSize(args) * Math.max(1, childComplexity)
}

function countAliases(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += (selection.alias ? 1 : 0) + countAliases(selection.selectionSet, fragments, seen)
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countAliases(selection.selectionSet, fragments, seen)
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      count += countAliases(fragments.get(selection.name.value)?.selectionSet, fragments, seen)
    }
  }
  return count
}

/**
 * Counts what a request will make the server do before it runs: list sizes times what is selected
 * in each document, and aliases (each one repeats its field's work). Payload's own complexity rule
 * counts every field once, whatever the list size, so 160 aliases of a 100-document list passed it.
 */
export function costRule(variables: Record<string, unknown> | null | undefined): ValidationRule {
  return (context: ValidationContext) => {
    const document = context.getDocument()
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const aliases = countAliases(definition.selectionSet, fragments, new Set())
      if (aliases > MAX_GRAPHQL_ALIASES) {
        context.reportError(new GraphQLError(`查询用了 ${aliases} 个别名，最多 ${MAX_GRAPHQL_ALIASES} 个。The query uses ${aliases} aliases; at most ${MAX_GRAPHQL_ALIASES} are allowed.`, { nodes: [definition] }))
        continue
      }
      let cost: number
      try {
        cost = getComplexity({
          schema: context.getSchema(),
          query: { kind: Kind.DOCUMENT, definitions: [definition, ...fragments.values()] },
          variables: variables ?? {},
          estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
        })
      } catch {
        // Invalid variables or unknown fields: graphql's own rules report those.
        continue
      }
      if (cost > MAX_GRAPHQL_COST) {
        context.reportError(
          new GraphQLError(`查询太大（成本 ${cost}，上限 ${MAX_GRAPHQL_COST}），请减小 limit 或少选字段。The query costs ${cost}; the limit is ${MAX_GRAPHQL_COST}: ask for fewer documents or fields.`, { nodes: [definition] }),
        )
      }
    }
    return {}
  }
}
