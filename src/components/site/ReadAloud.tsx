'use client'

import { useEffect, useState } from 'react'

type Labels = { play: string; pause: string; resume: string; stop: string }
type State = 'idle' | 'speaking' | 'paused'

const READABLE = 'h1, h2, h3, p, li, dt, dd, figcaption'

/** One chunk per paragraph: some browsers stop long single utterances part-way. */
function readableChunks(targetId: string): string[] {
  const target = document.getElementById(targetId)
  if (!target) return []
  return Array.from(target.querySelectorAll<HTMLElement>(READABLE))
    .filter((el) => !el.closest('[data-read-aloud]') && !el.parentElement?.closest('li, p'))
    .map((el) => el.innerText.trim())
    .filter(Boolean)
}

/** Reads the article aloud with the browser's own voices; renders nothing without JavaScript or speech support. */
export function ReadAloud({ targetId, lang, labels }: { targetId: string; lang: 'zh-CN' | 'en'; labels: Labels }) {
  const [supported, setSupported] = useState(false)
  const [state, setState] = useState<State>('idle')

  useEffect(() => {
    setSupported('speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined')
    return () => {
      if ('speechSynthesis' in window) window.speechSynthesis.cancel()
    }
  }, [])

  if (!supported) return null
  const synth = window.speechSynthesis

  const play = () => {
    if (state === 'paused') {
      synth.resume()
      setState('speaking')
      return
    }
    const chunks = readableChunks(targetId)
    if (!chunks.length) return
    synth.cancel()
    chunks.forEach((chunk, i) => {
      const u = new SpeechSynthesisUtterance(chunk)
      u.lang = lang
      u.rate = 0.9
      if (i === chunks.length - 1) u.onend = () => setState('idle')
      u.onerror = () => setState('idle')
      synth.speak(u)
    })
    setState('speaking')
  }
  const pause = () => {
    synth.pause()
    setState('paused')
  }
  const stop = () => {
    synth.cancel()
    setState('idle')
  }

  return (
    <div className="read-aloud" data-read-aloud>
      {state === 'speaking' ? (
        <button type="button" className="button" onClick={pause}>
          {labels.pause}
        </button>
      ) : (
        <button type="button" className="button" onClick={play}>
          {state === 'paused' ? labels.resume : labels.play}
        </button>
      )}
      {state !== 'idle' ? (
        <button type="button" className="button secondary" onClick={stop}>
          {labels.stop}
        </button>
      ) : null}
    </div>
  )
}
