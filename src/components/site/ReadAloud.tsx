'use client'

import { useEffect, useState } from 'react'

import { PhoneLink } from './PhoneLink'

type Labels = { play: string; pause: string; resume: string; stop: string; unavailable: string; unavailableCall: string }
type State = 'idle' | 'speaking' | 'paused' | 'unavailable'

const READABLE = 'h1, h2, h3, p, li, dt, dd, figcaption'
/** Chromium and Safari fire `start` within a few hundred ms when a voice speaks; past this, nothing will. */
const START_TIMEOUT_MS = 2500

/** One chunk per paragraph: some browsers stop long single utterances part-way. */
function readableChunks(targetId: string): string[] {
  const target = document.getElementById(targetId)
  if (!target) return []
  return Array.from(target.querySelectorAll<HTMLElement>(READABLE))
    .filter((el) => !el.closest('[data-read-aloud]') && !el.parentElement?.closest('li, p'))
    .map((el) => el.innerText.trim())
    .filter(Boolean)
}

const hasSpeech = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'

/** A voice for the page's language; voices load late in some browsers, so an empty list is asked for again. */
function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const prefix = lang.slice(0, 2).toLowerCase()
  return window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(prefix))
}

/**
 * Reads the article aloud with the browser's own voices. Where the browser cannot (no speech
 * support, no voice for the language, as in many WeChat and Android browsers, or speech that never
 * starts) a tap says so and offers the team's phone instead of doing nothing. Without JavaScript it
 * renders nothing.
 */
export function ReadAloud({ targetId, lang, labels, phone }: { targetId: string; lang: 'zh-CN' | 'en'; labels: Labels; phone?: string | null }) {
  const [ready, setReady] = useState(false)
  const [state, setState] = useState<State>('idle')

  useEffect(() => {
    setReady(true)
    if (hasSpeech()) window.speechSynthesis.getVoices()
    return () => {
      if (hasSpeech()) window.speechSynthesis.cancel()
    }
  }, [])

  if (!ready) return null

  const play = () => {
    if (!hasSpeech()) return setState('unavailable')
    const synth = window.speechSynthesis
    if (state === 'paused') {
      synth.resume()
      setState('speaking')
      return
    }
    const voice = voiceFor(lang)
    if (!voice) return setState('unavailable')
    const chunks = readableChunks(targetId)
    if (!chunks.length) return
    synth.cancel()
    let started = false
    chunks.forEach((chunk, i) => {
      const u = new SpeechSynthesisUtterance(chunk)
      u.lang = lang
      u.voice = voice
      u.rate = 0.9
      u.onstart = () => {
        started = true
      }
      if (i === chunks.length - 1) u.onend = () => setState('idle')
      u.onerror = (event) => {
        // `interrupted`/`canceled` are our own pause and stop.
        if (event.error === 'interrupted' || event.error === 'canceled') return
        synth.cancel()
        setState('unavailable')
      }
      synth.speak(u)
    })
    setState('speaking')
    window.setTimeout(() => {
      if (!started && !synth.speaking) {
        synth.cancel()
        setState('unavailable')
      }
    }, START_TIMEOUT_MS)
  }
  const pause = () => {
    window.speechSynthesis.pause()
    setState('paused')
  }
  const stop = () => {
    window.speechSynthesis.cancel()
    setState('idle')
  }

  return (
    <div className="read-aloud" data-read-aloud>
      {state === 'speaking' ? (
        <button type="button" className="button" onClick={pause}>
          {labels.pause}
        </button>
      ) : (
        <button type="button" className="button" onClick={play} aria-describedby={state === 'unavailable' ? `${targetId}-read-aloud-note` : undefined}>
          {state === 'paused' ? labels.resume : labels.play}
        </button>
      )}
      {state === 'speaking' || state === 'paused' ? (
        <button type="button" className="button secondary" onClick={stop}>
          {labels.stop}
        </button>
      ) : null}
      {state === 'unavailable' ? (
        <p className="read-aloud-note" id={`${targetId}-read-aloud-note`} role="status">
          {labels.unavailable}
          {phone ? (
            <>
              {labels.unavailableCall}
              <PhoneLink phone={phone} />
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
