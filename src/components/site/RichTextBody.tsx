import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Lexical rich text rendered on the server to plain HTML (no client JavaScript). */
export function RichTextBody({ data, className = 'prose' }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object') return null
  return <RichText className={className} data={data as SerializedEditorState} />
}
