'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Payload's live preview posts `payload-document-event` to this iframe after every save or autosave;
 * it only starts posting once the page says it is ready. (Stands in for @payloadcms/live-preview-react.)
 */
export function RefreshOnSave() {
  const router = useRouter()
  useEffect(() => {
    if (window.parent === window) return
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return
      if ((event.data as { type?: string } | null)?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
