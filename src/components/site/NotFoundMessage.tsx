import type { NotFoundText } from './NotFoundBody'

/** The words and ways out of a 404, shared by the server-rendered page and the client-side fallback. */
export function NotFoundMessage({ text }: { text: NotFoundText }) {
  return (
    <div className="narrow" data-not-found>
      <h1>{text.title}</h1>
      <p className="lead">{text.body}</p>
      <div className="actions">
        <a className="button" href={text.homeHref}>
          {text.home}
        </a>
        <a className="button secondary" href={text.searchHref}>
          {text.search}
        </a>
      </div>
    </div>
  )
}
