import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql'

/** Nesting the site and the admin never exceed; deeper queries are only good for making the server walk relations. */
export const MAX_GRAPHQL_DEPTH = 8

function depthOf(node: ASTNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  switch (node.kind) {
    case Kind.FIELD: {
      if (!node.selectionSet) return 0
      return 1 + Math.max(0, ...node.selectionSet.selections.map((s) => depthOf(s, fragments, seen)))
    }
    case Kind.FRAGMENT_SPREAD: {
      const name = node.name.value
      const fragment = fragments[name]
      if (!fragment || seen.has(name)) return 0
      return depthOf(fragment, fragments, new Set(seen).add(name))
    }
    case Kind.INLINE_FRAGMENT:
    case Kind.FRAGMENT_DEFINITION:
    case Kind.OPERATION_DEFINITION:
      return Math.max(0, ...node.selectionSet.selections.map((s) => depthOf(s, fragments, seen)))
    default:
      return 0
  }
}

export function maxDepthRule(limit = MAX_GRAPHQL_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const document = context.getDocument()
    const fragments: Record<string, FragmentDefinitionNode> = {}
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
    }
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const depth = depthOf(definition, fragments, new Set())
      if (depth > limit) {
        context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${limit}.`, { nodes: [definition] }))
      }
    }
    return {}
  }
}
