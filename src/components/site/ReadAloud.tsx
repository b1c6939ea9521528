import { PhoneLink } from './PhoneLink'

type Labels = { play: string; pause: string; resume: string; stop: string; unavailable: string; unavailableCall: string }

/** The island's script (public/static/read-aloud.js): plain JavaScript, loaded only by pages that show the button. */
export const READ_ALOUD_SCRIPT = '/static/read-aloud.js'

/**
 * Reads the article (the element `targetId`) aloud with the browser's own voices. The buttons are in
 * the server's HTML where they will stay, so nothing moves when the script arrives; the play button
 * is disabled until then, and without JavaScript the whole block is hidden (the layout's `<noscript>`). Where the
 * browser cannot read aloud (no speech support, no voice for the language, as in many WeChat and
 * Android browsers, or speech that never starts), a tap shows the note and offers `phone` instead of
 * doing nothing. Not a React client component: reading pages hydrate none of our own components
 * (issue 14, point 15), and the script's few hundred bytes load only in elder mode.
 */
export function ReadAloud({ targetId, lang, labels, phone }: { targetId: string; lang: 'zh-CN' | 'en'; labels: Labels; phone?: string | null }) {
  return (
    <div className="read-aloud" data-read-aloud={targetId} data-lang={lang}>
      {/* The script only shows and hides what is here (attributes), so it never differs from what React hydrates. */}
      <button type="button" className="button" data-read-aloud-main disabled>
        <span data-label="play">{labels.play}</span>
        <span data-label="pause" hidden>
          {labels.pause}
        </span>
        <span data-label="resume" hidden>
          {labels.resume}
        </span>
      </button>
      <button type="button" className="button secondary" data-read-aloud-stop hidden>
        {labels.stop}
      </button>
      <p className="read-aloud-note" id={`${targetId}-read-aloud-note`} role="status" hidden>
        {labels.unavailable}
        {phone ? (
          <>
            {labels.unavailableCall}
            <PhoneLink phone={phone} />
          </>
        ) : null}
      </p>
      <script src={READ_ALOUD_SCRIPT} async />
    </div>
  )
}
