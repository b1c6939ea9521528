import { APIError, type CollectionBeforeOperationHook, NotFound } from 'payload'

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

/**
 * What one API read may ask for. Anonymous callers get what the public site's own pages need; people
 * signed in (the admin) get more, since the admin's list views let staff choose up to 100 rows and
 * its bulk actions and exports read further.
 */
export const apiLimits = {
  anonymous: { limit: 100, depth: 2, unpaginated: false },
  signedIn: { limit: 1000, depth: 4, unpaginated: true },
}

/** How long one GraphQL request may keep starting database work (ms). */
export const graphqlTimeLimitMs = () => envNumber('GRAPHQL_TIME_LIMIT_MS', 8000)

export class QueryTooLarge extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'QueryTooLarge'
  }
}

export class QueryTimeLimit extends APIError {
  constructor(ms: number) {
    super(`查询用时超过 ${ms / 1000} 秒，已停止。The query ran past its ${ms / 1000} s time limit and was stopped.`, 503, undefined, true)
    this.name = 'QueryTimeLimit'
  }
}

const DEADLINE = 'linliGraphqlDeadline'

/** Set when a GraphQL request passes validation; every operation it starts afterwards checks it. */
export function startGraphqlDeadline(context: Record<string, unknown>): void {
  context[DEADLINE] ??= Date.now() + graphqlTimeLimitMs()
}

type ReadArgs = { id?: unknown; limit?: unknown; depth?: unknown; pagination?: unknown; disableErrors?: unknown }

/**
 * One hook on every collection, for reads and writes that come over HTTP (REST or GraphQL):
 * - an id that cannot exist (`abc`, `2.5`) is a 404 before it reaches SQL, which would fail with a 500
 *   and put the statement and its parameters into the log;
 * - a read asks for at most so many rows and so deep a population (400 with the limit otherwise);
 * - a GraphQL request past its time limit starts no more operations.
 */
export const limitApiOperations: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const api = req.payloadAPI
  if (api !== 'REST' && api !== 'GraphQL') return args
  const deadline = req.context?.[DEADLINE]
  if (api === 'GraphQL' && typeof deadline === 'number' && Date.now() > deadline) throw new QueryTimeLimit(graphqlTimeLimitMs())
  const { id, limit, depth, pagination } = args as ReadArgs
  if (id !== undefined && req.payload.collections[collection.slug]?.customIDType !== 'text' && req.payload.db.defaultIDType === 'number') {
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw new NotFound(req.t)
  }
  // Populating relationships (Payload's dataloader: every id at once, disableErrors) is bounded by the page it belongs to.
  if (operation !== 'read' || (args as ReadArgs).disableErrors === true) return args
  if (api === 'REST') {
    // Over REST the caller's wishes are its query string. Reads that Payload or our hooks start inside the
    // request (the session lookup, first-register, counts) carry the same req: they run with access
    // overridden or on another collection, and ask for what the code needs.
    if ((args as { overrideAccess?: boolean }).overrideAccess === true) return args
    const routeCollection = (req.routeParams as { collection?: string } | undefined)?.collection
    if (routeCollection && routeCollection !== collection.slug) return args
    checkReadSize(req.user ? apiLimits.signedIn : apiLimits.anonymous, restReadArgs(req.query))
    return args
  }
  checkReadSize(req.user ? apiLimits.signedIn : apiLimits.anonymous, { limit, depth, pagination })
  return args
}

function restReadArgs(query: Record<string, unknown> | undefined): ReadArgs {
  const number = (value: unknown) => (value === undefined || value === '' ? undefined : Number(value))
  return {
    limit: number(query?.limit),
    depth: number(query?.depth),
    pagination: query?.pagination === 'false' || query?.pagination === false ? false : undefined,
  }
}

function checkReadSize(caps: (typeof apiLimits)['anonymous'], { limit, depth, pagination }: ReadArgs): void {
  const unpaginated = pagination === false || limit === 0
  if (unpaginated && !caps.unpaginated) {
    throw new QueryTooLarge(`请分页读取，每页最多 ${caps.limit} 条。Read in pages of at most ${caps.limit} documents (limit=0 and pagination=false are not allowed).`)
  }
  if (typeof limit === 'number' && limit > caps.limit) {
    throw new QueryTooLarge(`每页最多 ${caps.limit} 条。At most ${caps.limit} documents per page (limit=${limit}).`)
  }
  if (typeof depth === 'number' && depth > caps.depth) {
    throw new QueryTooLarge(`关联展开最多 ${caps.depth} 层。Relationships are populated at most ${caps.depth} levels deep (depth=${depth}).`)
  }
}
