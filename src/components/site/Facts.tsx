import type { ReactNode } from 'react'

export type Fact = [term: string, value: ReactNode]

/** A definition list of facts (time, place, contact…) as detail pages and the about page show them. */
export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
