'use client'

import { useParams } from 'next/navigation'
import type { ReactNode } from 'react'

/** Shows the variant for the current `{locale}/{mode}` route params. */
export function PickByParams({ variants, fallback }: { variants: Record<string, ReactNode>; fallback: string }) {
  const params = useParams<{ locale?: string; mode?: string }>()
  const key = `${params?.locale}/${params?.mode}`
  return <>{variants[key] ?? variants[fallback]}</>
}
