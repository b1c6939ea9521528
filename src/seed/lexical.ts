/**
 * Turns plain paragraphs into a serialized Lexical editor state, the format Payload's
 * `@payloadcms/richtext-lexical` stores. A paragraph starting with '## ' becomes an h2 heading.
 */

export type LexicalTextNode = {
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal'
  style: string
  version: 1
}

type ElementBase = {
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  children: LexicalTextNode[]
}

export type LexicalParagraphNode = ElementBase & { type: 'paragraph'; textFormat: 0; textStyle: '' }
export type LexicalHeadingNode = ElementBase & { type: 'heading'; tag: 'h2' }

export type LexicalEditorState = {
  root: {
    type: 'root'
    format: ''
    indent: 0
    version: 1
    direction: 'ltr'
    children: (LexicalParagraphNode | LexicalHeadingNode)[]
  }
}

const HEADING_PREFIX = '## '

function textNode(text: string): LexicalTextNode {
  return { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

export function paragraphsToLexical(paragraphs: string[]): LexicalEditorState {
  const children: (LexicalParagraphNode | LexicalHeadingNode)[] = []
  for (const raw of paragraphs) {
    const paragraph = raw.trim()
    if (!paragraph) continue
    if (paragraph.startsWith(HEADING_PREFIX)) {
      children.push({
        type: 'heading',
        tag: 'h2',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [textNode(paragraph.slice(HEADING_PREFIX.length).trim())],
      })
    } else {
      children.push({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [textNode(paragraph)],
      })
    }
  }
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } }
}
