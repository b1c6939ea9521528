import net from 'node:net'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { BODY_LIMITS, UPLOAD_COLLECTIONS, UPLOAD_MAX_FILE_BYTES } from '@/lib/http/bodyLimits'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { editorAuth } from '../helpers/users'

const MB = 1024 * 1024

type RawAnswer = { status: number; text: string; continued: boolean }

/**
 * Sends the request line and headers and only `sent` bytes of the declared body, then waits for the
 * server: an answer while the body is still incomplete proves it was refused before being read.
 */
function partialRequest(method: string, path: string, headers: Record<string, string | number>, sent: number): Promise<RawAnswer> {
  const { hostname, port } = new URL(siteUrl())
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    let answer = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer to ${method} ${path} within 15 s; got ${JSON.stringify(answer.slice(0, 200))}`))
    }, 15_000)
    socket.on('connect', () => {
      const lines = [`${method} ${path} HTTP/1.1`, `host: ${hostname}:${port}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', '']
      socket.write(lines.join('\r\n'))
      if (sent > 0) socket.write(Buffer.alloc(sent, '{'))
    })
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('utf8')
      const finals = [...answer.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1])).filter((s) => s !== 100)
      if (finals.length && answer.includes('\r\n\r\n', answer.lastIndexOf('HTTP/1.1'))) {
        clearTimeout(timer)
        socket.destroy()
        resolve({ status: finals[0]!, text: answer, continued: answer.startsWith('HTTP/1.1 100') })
      }
    })
    socket.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

const json = (declared: number) => ({ 'content-type': 'application/json', 'content-length': declared })

describe('request body limits', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('refuses 30 MB of JSON to GraphQL and to the sign-in with 413 before reading it', async () => {
    for (const path of ['/api/graphql', '/api/users/login']) {
      const res = await partialRequest('POST', path, json(30 * MB), 64 * 1024)
      expect(res.status, path).toBe(413)
      expect(res.text, path).toMatch(/connection: close/i)
      expect(res.text, path).toContain('请求内容过大')
    }
  })

  it('gives each route the limit it needs, and lets bodies within it through', async () => {
    const routes: Record<string, string> = { 'sign-in': '/api/users/login', upload: '/api/media', api: '/api/stories', site: '/join/apply' }
    expect(Object.keys(routes).sort()).toEqual(BODY_LIMITS.map((l) => l.name).sort())
    for (const limit of BODY_LIMITS) {
      const res = await partialRequest('POST', routes[limit.name]!, json(limit.bytes + 1), 1024)
      expect(res.status, limit.name).toBe(413)
    }
    // Within the limits, the route itself answers.
    const login = await fetch(`${siteUrl()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@test.linli.local', password: 'wrong-password-1234' }) })
    expect(login.status).toBe(401)
    const graphql = await fetch(`${siteUrl()}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Stories(limit: 1) { totalDocs } }' }) })
    expect(graphql.status).toBe(200)
    const bigStory = await fetch(`${siteUrl()}/api/stories`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x', summary: 'y'.repeat(MB) }) })
    expect(bigStory.status).not.toBe(413)
  })

  it('lets an upload larger than the API limit reach Payload, which applies its own file limit', async () => {
    expect(payload.config.upload.limits?.fileSize).toBe(UPLOAD_MAX_FILE_BYTES)
    const uploads = payload.config.collections.filter((c) => c.upload).map((c) => c.slug)
    expect(uploads.sort()).toEqual([...UPLOAD_COLLECTIONS].sort())

    const form = new FormData()
    form.append('file', new Blob([Buffer.alloc(UPLOAD_MAX_FILE_BYTES + 100 * 1024, 1)], { type: 'image/png' }), 'too-large.png')
    form.append('_payload', JSON.stringify({ alt: '过大的图片' }))
    const res = await fetch(`${siteUrl()}/api/media`, { method: 'POST', headers: { authorization: await editorAuth(payload) }, body: form })
    const text = await res.text()
    expect(res.status, text).toBe(413)
    expect(text).not.toContain('请求内容过大')
  })

  it('refuses a body of undeclared length with 411, and answers 413 to `Expect: 100-continue` without asking for the body', async () => {
    const chunked = await partialRequest('POST', '/api/graphql', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, 0)
    expect(chunked.status).toBe(411)
    const asked = await partialRequest('POST', '/api/graphql', { ...json(30 * MB), expect: '100-continue' }, 0)
    expect(asked.status).toBe(413)
    expect(asked.continued).toBe(false)
  })
})
