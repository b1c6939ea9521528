/**
 * Shapes of the demo content that `src/seed/index.ts` writes through the Payload Local API.
 *
 * All human-readable text is bilingual: `zh` is the default locale, `en` its English version.
 * Rich-text bodies are written as plain paragraphs; a paragraph that starts with `## ` becomes
 * an h2 heading (see `src/seed/lexical.ts`). Slugs, image keys and dates are locale-independent.
 */

export type Localized = { zh: string; en: string }

/** Paragraphs of a rich-text field; a paragraph starting with '## ' is a heading. */
export type LocalizedParagraphs = { zh: string[]; en: string[] }

/** An ISO 8601 date-time string, e.g. '2026-12-22T11:00:00+08:00'. */
export type ISODateString = string

export type SeedTopic = {
  slug: string
  name: Localized
  description: Localized
}

export type CourtyardKind = 'commercial' | 'resettlement' | 'work-unit' | 'village'

export type SeedCourtyard = {
  slug: string
  name: Localized
  kind: CourtyardKind
}

export type SeedStory = {
  slug: string
  title: Localized
  summary: Localized
  body: LocalizedParagraphs
  /** Names of the volunteers (and residents) the story features. */
  volunteers: Localized[]
  /** Topic slugs. */
  topics: string[]
  /** Courtyard slug. */
  courtyard?: string
  publishedAt: ISODateString
  authorName: Localized
  /** Key of an image in `src/seed/images.ts`. */
  image: string
}

export type ActivityKind =
  | 'festival'
  | 'vitality-contest'
  | 'health-lecture'
  | 'tea-service'
  | 'merchant-service'
  | 'training'
  | 'monthly-meeting'
  | 'other'

export type FestivalKind = 'chongyang' | 'dongzhi' | 'linlijie' | 'other'

export type SeedActivity = {
  slug: string
  title: Localized
  kind: ActivityKind
  /** Only for kind 'festival'. */
  festival?: FestivalKind
  /** With the +08:00 offset (Asia/Shanghai). */
  startsAt: ISODateString
  endsAt: ISODateString
  /** Omitted: the team's own space, 老顽童之家. */
  place?: Localized
  organiser: Localized
  partners: Localized[]
  audience: Localized
  capacity?: number
  summary: Localized
  body: LocalizedParagraphs
  contact: string
  /** Slug of the story that reports on this (past) activity. */
  reportStory?: string
  image: string
  /** Takes sign-ups (src/signup): its settings and the made-up residents already signed up, in arrival order. */
  signup?: {
    maxParty: number
    heldForPhone: number
    deadline?: ISODateString
    questions: ('pickup' | 'diet' | 'mobility' | 'note')[]
    residents: { name: string; phone: string; partySize: number; source?: 'online' | 'phone'; pickup?: boolean; diet?: string; mobility?: 'limited' | 'wheelchair'; note?: string }[]
  }
}

export type SeedRecruitmentCall = {
  slug: string
  title: Localized
  role: Localized
  summary: Localized
  duties: LocalizedParagraphs
  requirements: LocalizedParagraphs
  timeCommitment: Localized
  peopleWanted: number
  opensAt: ISODateString
  closesAt: ISODateString
  /** Activity slug. */
  activity?: string
  contact: string
}

export type SeedKeyFigure = { value: string; label: Localized }

export type SeedCase = {
  slug: string
  title: Localized
  organisation: Localized
  author: Localized
  summary: Localized
  background: LocalizedParagraphs
  practice: LocalizedParagraphs
  outcomes: LocalizedParagraphs
  lessons: LocalizedParagraphs
  keyFigures: SeedKeyFigure[]
  /** Topic slugs. */
  topics: string[]
  /** Optional; without it the collection stamps the moment of first publication. */
  publishedAt?: ISODateString
  image: string
}

export type SeedSiteSettings = {
  communityName: Localized
  teamName: Localized
  address: Localized
  openingHours: Localized
  contactPhone: string
  contactEmail: string
  /** The residents' committee under whose guidance the team records service (Art. 26), printed on certificates. */
  recordingUnit: string
  introduction: Localized
  footer: Localized
}
