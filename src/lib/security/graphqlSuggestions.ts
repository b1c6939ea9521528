import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql'
import type { AfterErrorHook } from 'payload'

/** graphql-js ends many messages with “Did you mean …?”, naming fields, arguments and types of the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g

export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '')

const hideSuggestions = () => process.env.NODE_ENV === 'production'

/**
 * With introspection off, suggestions would still spell out the schema one guess at a time. graphql 16
 * has no switch for them (17 has `hideSuggestions`), and Payload adds our rules after the standard
 * ones, so this rule strips them from every error the others report in the same validation pass.
 */
export const noSuggestionsRule: ValidationRule = (context: ValidationContext) => {
  if (hideSuggestions()) {
    const report = context.reportError.bind(context)
    context.reportError = (error: GraphQLError) => {
      const message = withoutSuggestions(error.message)
      report(message === error.message ? error : new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: error.extensions }))
    }
  }
  return {}
}

/** The same for errors raised while executing (a variable's enum value, for one). */
export const stripGraphqlSuggestions: AfterErrorHook = ({ graphqlResult }) => {
  if (!graphqlResult || !hideSuggestions()) return
  const result = graphqlResult as { message?: string }
  if (typeof result.message === 'string') return { graphqlResult: { ...graphqlResult, message: withoutSuggestions(result.message) } }
}
