import type { Endpoint, Field } from 'payload'

import { isTeamUser } from '@/access/roles'
import { isLocale, type Locale } from '@/lib/content/paths'
import { type PosterCollection, posterFor } from './poster'

/**
 * GET /api/{activities|recruitment-calls}/:id/poster.pdf[?locale=en] — the A4 noticeboard poster, for
 * the team signed in to the admin (drafts included, read with their own access). Rendering costs
 * CPU, so it is not a public route; the file is cached until the document changes (ETag + memory).
 */
export function posterEndpoint(collection: PosterCollection): Endpoint {
  return {
    path: '/:id/poster.pdf',
    method: 'get',
    handler: async (req) => {
      if (!isTeamUser(req.user)) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: req.user ? 403 : 401 })
      const id = String(req.routeParams?.id ?? '')
      const asked = (req.query as { locale?: unknown } | undefined)?.locale
      const locale: Locale = isLocale(asked) ? asked : 'zh'
      const poster = await posterFor(req.payload, collection, id, locale, req)
      if (!poster) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
      const headers = {
        etag: poster.etag,
        'cache-control': 'private, no-cache',
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${poster.filename}"`,
      }
      if (req.headers.get('if-none-match') === poster.etag) return new Response(null, { status: 304, headers })
      return new Response(new Uint8Array(poster.pdf), { headers: { ...headers, 'content-length': String(poster.pdf.byteLength) } })
    },
  }
}

/** The admin's "打印海报" button, in the document's sidebar. */
export const posterButtonField = (collection: PosterCollection): Field => ({
  name: 'posterButton',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: { path: '/components/admin/print/PosterButton#PosterButton', clientProps: { collection } } },
  },
})
