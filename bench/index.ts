import { benchApplications } from './applications'
import { benchFreshness } from './freshness'
import type { BenchOutcome } from './lib/results'
import type { Stack } from './lib/stack'
import { benchMedia } from './media'
import { benchMultiproc } from './multiproc'
import { benchPages } from './pages'
import { benchReliability } from './reliability'
import { benchSearch } from './search'
import { benchSignups } from './signups'
import { benchWeight } from './weight'

export type Bench = { name: string; title: string; run: (stack: Stack) => Promise<BenchOutcome> }

/** Every measurement of issue 6, in the order `npm run bench` runs them. */
export const BENCHES: Bench[] = [
  { name: 'pages', title: 'Speed of cached public pages against Next.js and nginx', run: benchPages },
  { name: 'freshness', title: 'Freshness after publishing', run: benchFreshness },
  { name: 'media', title: 'Media processing', run: benchMedia },
  { name: 'search', title: 'Search with 10,000 published documents', run: benchSearch },
  { name: 'weight', title: 'Weight: client JS, transfer, Lighthouse', run: benchWeight },
  { name: 'applications', title: 'Applications through the real form path', run: benchApplications },
  { name: 'signups', title: 'Sign-ups: the race for the last places, and sign-ups per second beside applications', run: benchSignups },
  { name: 'reliability', title: 'Reliability: concurrency, database fault, crash', run: benchReliability },
  { name: 'multiproc', title: 'One and two web processes behind nginx', run: benchMultiproc },
]
