/**
 * Sends a form the way a browser without JavaScript sends the page's form: it reads the form's
 * server-action fields (React renders them as hidden inputs for progressive enhancement) from the
 * page and posts them with the given fields, multipart, to the page's own address.
 */
export type PageFormResult = { status: number; location: string | null; text: string }

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

export async function actionFields(siteUrl: string, pagePath: string): Promise<[string, string][]> {
  const html = await (await fetch(`${siteUrl}${pagePath}`)).text()
  const form = html.slice(html.indexOf('<form id="apply"'), html.indexOf('</form>', html.indexOf('<form id="apply"')))
  const fields: [string, string][] = []
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(input)?.[1]
    if (name?.startsWith('$ACTION')) fields.push([unescape(name), unescape(/\svalue="([^"]*)"/.exec(input)?.[1] ?? '')])
  }
  if (!fields.length) throw new Error(`no server-action fields in the form on ${pagePath}`)
  return fields
}

export async function postThroughPage(siteUrl: string, pagePath: string, form: URLSearchParams): Promise<PageFormResult> {
  const body = new FormData()
  for (const [name, value] of await actionFields(siteUrl, pagePath)) body.append(name, value)
  for (const [name, value] of form) body.append(name, value)
  const res = await fetch(`${siteUrl}${pagePath}`, { method: 'POST', body, redirect: 'manual', headers: { accept: 'text/html,application/xhtml+xml', origin: siteUrl } })
  return { status: res.status, location: res.headers.get('location'), text: await res.text() }
}
