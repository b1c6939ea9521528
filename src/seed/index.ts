/**
 * Seeds the demo content (伏龙社区 / 老顽童之家志愿服务队) through the Payload Local API.
 *
 * Idempotent: every document is looked up by its slug (media by its stable filename
 * `seed-<key>.jpg`) and only what is missing is created, so running the seed twice duplicates
 * nothing. Each document is created in 'zh' (the default locale) and then updated, same id, with
 * its English text in 'en'. Documents in collections with drafts are created as published.
 *
 * Order: media → topics → courtyards → stories → activities → recruitment-calls → cases →
 * the site-settings global (only when its communityName is still empty).
 */
import type { Payload } from 'payload'

import { signUp } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { expireCacheTags } from '@/lib/content/revalidate'
import { isRoutedCollection } from '@/lib/content/paths'
import { cacheTags, documentTag, type CacheTag } from '@/lib/content/tags'

import {
  activities,
  cases,
  courtyards,
  recruitmentCalls,
  siteSettings,
  stories,
  topics,
  type Localized,
  type LocalizedParagraphs,
} from './content'
import { seedImages } from './images'
import { paragraphsToLexical } from './lexical'
import { seedTeam } from '@/volunteers/seed'

export type SeedResult = { created: number; skipped: number }

type Locale = 'zh' | 'en'
type ID = number | string
type Doc = { id: ID; [key: string]: unknown }
type Data = Record<string, unknown>
type Row = { id?: ID; [key: string]: unknown }

/**
 * The slice of the Local API the seed uses, typed loosely on purpose: the Payload config and its
 * generated types are written separately, and this keeps the seed compiling whether or not
 * `payload-types.ts` exists yet (with generated types, `payload.create` would demand the exact
 * document shape per collection slug).
 */
type LooseLocalAPI = {
  find(args: {
    collection: string
    where: Data
    limit?: number
    depth?: number
    locale?: Locale
    pagination?: boolean
    trash?: boolean
    context?: Data
  }): Promise<{ docs: Doc[] }>
  create(args: {
    collection: string
    data: Data
    locale?: Locale
    depth?: number
    file?: { data: Buffer; mimetype: string; name: string; size: number }
    overwriteExistingFiles?: boolean
    context?: Data
  }): Promise<Doc>
  update(args: { collection: string; id: ID; data: Data; locale?: Locale; depth?: number; context?: Data }): Promise<Doc>
  delete(args: { collection: string; id: ID; context?: Data }): Promise<unknown>
  findGlobal(args: { slug: string; locale?: Locale; depth?: number; context?: Data }): Promise<Data>
  updateGlobal(args: { slug: string; data: Data; locale?: Locale; depth?: number; context?: Data }): Promise<Data>
  logger: { info(msg: string): void; warn(msg: string): void }
  collections?: Record<string, { config?: { versions?: unknown; trash?: boolean; flattenedFields?: FieldLike[]; fields?: FieldLike[] } } | undefined>
  config?: { globals?: { slug: string; versions?: unknown }[] }
}

type FieldLike = { name?: string; type?: string; localized?: boolean; fields?: FieldLike[]; tabs?: FieldLike[] }

/** Skip revalidation hooks: nothing is being served while the seed runs. */
const context = { disableRevalidate: true }

const lexical = (p: LocalizedParagraphs, locale: Locale) => paragraphsToLexical(p[locale])

export async function seed(payload: Payload): Promise<SeedResult> {
  const api = payload as unknown as LooseLocalAPI
  const result: SeedResult = { created: 0, skipped: 0 }
  /** Pages of the documents created here: a visit before the seed may have cached them as not found. */
  const createdPages: CacheTag[] = []

  // ------------------------------------------------------------------------------ helpers

  const collectionConfig = (slug: string) => api.collections?.[slug]?.config

  const hasDrafts = (slug: string): boolean => {
    const versions = collectionConfig(slug)?.versions
    return Boolean(versions && typeof versions === 'object' && (versions as { drafts?: unknown }).drafts)
  }

  const published = (slug: string): Data => (hasDrafts(slug) ? { _status: 'published' } : {})

  /** Whether a top-level array field is itself localized (its rows then differ per locale). */
  const arrayIsLocalized = (slug: string, fieldName: string): boolean => {
    const config = collectionConfig(slug)
    const search = (fields: FieldLike[] | undefined): FieldLike | undefined => {
      for (const field of fields ?? []) {
        if (field.name === fieldName) return field
        // Presentational containers (row, collapsible, unnamed tabs) keep their fields top-level.
        if (!field.name && field.fields) {
          const hit = search(field.fields)
          if (hit) return hit
        }
        if (field.type === 'tabs' && field.tabs) {
          for (const tab of field.tabs) {
            if (!tab.name) {
              const hit = search(tab.fields)
              if (hit) return hit
            }
          }
        }
      }
      return undefined
    }
    const field = search(config?.flattenedFields) ?? search(config?.fields)
    return Boolean(field?.localized)
  }

  /**
   * English rows for an array field. When only the sub-fields are localized, the rows are the
   * same rows as in Chinese, so they keep the ids Payload returned for the zh create; when the
   * array itself is localized, English gets rows of its own.
   */
  const enRows = (slug: string, fieldName: string, zhDoc: Doc, rows: Data[]): Row[] => {
    if (arrayIsLocalized(slug, fieldName)) return rows
    const zhRows = Array.isArray(zhDoc[fieldName]) ? (zhDoc[fieldName] as Row[]) : []
    return rows.map((row, i) => (zhRows[i]?.id !== undefined ? { id: zhRows[i]!.id, ...row } : row))
  }

  const findBy = async (collection: string, field: string, value: string): Promise<Doc | undefined> => {
    const { docs } = await api.find({
      collection,
      where: { [field]: { equals: value } },
      limit: 1,
      depth: 0,
      locale: 'zh',
      ...(collectionConfig(collection)?.trash ? { trash: true } : {}),
      context,
    })
    return docs[0]
  }

  /**
   * Creates a document in zh, then adds its English text. If the English update fails, the
   * half-made document is removed again so the next run recreates it cleanly.
   */
  const createBilingual = async (
    collection: string,
    zhData: Data,
    enData: (zhDoc: Doc) => Data,
    file?: { data: Buffer; mimetype: string; name: string; size: number },
  ): Promise<Doc> => {
    const doc = await api.create({
      collection,
      data: { ...zhData, ...published(collection) },
      locale: 'zh',
      depth: 0,
      ...(file ? { file, overwriteExistingFiles: true } : {}),
      context,
    })
    try {
      await api.update({
        collection,
        id: doc.id,
        data: { ...enData(doc), ...published(collection) },
        locale: 'en',
        depth: 0,
        context,
      })
    } catch (error) {
      await api.delete({ collection, id: doc.id, context }).catch(() => undefined)
      throw error
    }
    result.created++
    return doc
  }

  /** Finds `slug` in `collection`, or creates it; returns the document id. */
  const ensure = async (
    collection: string,
    slug: string,
    zhData: Data,
    enData: (zhDoc: Doc) => Data,
  ): Promise<ID> => {
    const existing = await findBy(collection, 'slug', slug)
    if (existing) {
      result.skipped++
      return existing.id
    }
    const doc = await createBilingual(collection, { slug, ...zhData }, enData)
    if (isRoutedCollection(collection)) createdPages.push(documentTag(collection, slug))
    return doc.id
  }

  const idOf = (map: Map<string, ID>, key: string, what: string): ID => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`seed: unknown ${what} "${key}"`)
    return id
  }

  const names = (list: Localized[], locale: Locale): Data[] => list.map((n) => ({ name: n[locale] }))

  // ------------------------------------------------------------------------------- media

  const usedImages = new Set<string>([
    ...stories.map((s) => s.image),
    ...activities.map((a) => a.image),
    ...cases.map((c) => c.image),
  ])
  const mediaIds = new Map<string, ID>()
  for (const key of usedImages) {
    const image = seedImages[key]
    if (!image) throw new Error(`seed: no drawing for image "${key}"`)
    const filename = `seed-${key}.jpg`
    const existing = await findBy('media', 'filename', filename)
    if (existing) {
      result.skipped++
      mediaIds.set(key, existing.id)
      continue
    }
    const data = await image.draw()
    const doc = await createBilingual('media', { alt: image.alt.zh }, () => ({ alt: image.alt.en }), {
      data,
      mimetype: 'image/jpeg',
      name: filename,
      size: data.length,
    })
    mediaIds.set(key, doc.id)
  }

  // ------------------------------------------------------------------------ taxonomies

  const topicIds = new Map<string, ID>()
  for (const topic of topics) {
    const at = (l: Locale) => ({ name: topic.name[l], description: topic.description[l] })
    topicIds.set(topic.slug, await ensure('topics', topic.slug, at('zh'), () => at('en')))
  }

  const courtyardIds = new Map<string, ID>()
  for (const courtyard of courtyards) {
    courtyardIds.set(
      courtyard.slug,
      await ensure('courtyards', courtyard.slug, { name: courtyard.name.zh, kind: courtyard.kind }, () => ({
        name: courtyard.name.en,
      })),
    )
  }

  // --------------------------------------------------------------------------- stories

  const storyIds = new Map<string, ID>()
  for (const story of stories) {
    const text = (l: Locale) => ({
      title: story.title[l],
      summary: story.summary[l],
      body: lexical(story.body, l),
      authorName: story.authorName[l],
    })
    const id = await ensure(
      'stories',
      story.slug,
      {
        ...text('zh'),
        volunteers: names(story.volunteers, 'zh'),
        topics: story.topics.map((t) => idOf(topicIds, t, 'topic')),
        ...(story.courtyard ? { courtyard: idOf(courtyardIds, story.courtyard, 'courtyard') } : {}),
        publishedAt: story.publishedAt,
        cover: idOf(mediaIds, story.image, 'image'),
      },
      (zhDoc) => ({
        ...text('en'),
        volunteers: enRows('stories', 'volunteers', zhDoc, names(story.volunteers, 'en')),
      }),
    )
    storyIds.set(story.slug, id)
  }

  // ------------------------------------------------------------------------ activities

  const activityIds = new Map<string, ID>()
  for (const activity of activities) {
    const text = (l: Locale) => ({
      title: activity.title[l],
      ...(activity.place ? { place: activity.place[l] } : {}),
      organiser: activity.organiser[l],
      audience: activity.audience[l],
      summary: activity.summary[l],
      body: lexical(activity.body, l),
    })
    const id = await ensure(
      'activities',
      activity.slug,
      {
        ...text('zh'),
        kind: activity.kind,
        ...(activity.festival ? { festival: activity.festival } : {}),
        startsAt: activity.startsAt,
        endsAt: activity.endsAt,
        partners: names(activity.partners, 'zh'),
        ...(activity.capacity !== undefined ? { capacity: activity.capacity } : {}),
        ...(activity.signup
          ? { signup: { enabled: true, maxParty: activity.signup.maxParty, heldForPhone: activity.signup.heldForPhone, deadline: activity.signup.deadline, questions: activity.signup.questions } }
          : {}),
        contact: activity.contact,
        ...(activity.reportStory ? { reportStory: idOf(storyIds, activity.reportStory, 'story') } : {}),
        cover: idOf(mediaIds, activity.image, 'image'),
      },
      (zhDoc) => ({
        ...text('en'),
        partners: enRows('activities', 'partners', zhDoc, names(activity.partners, 'en')),
      }),
    )
    activityIds.set(activity.slug, id)
  }

  // ---------------------------------------------------------- sign-ups (made-up residents)

  // Through the same command as the public form and the staff's phone sign-ups; only for an activity with none yet.
  const pool = databasePool(payload)
  for (const activity of activities) {
    if (!activity.signup) continue
    const activityId = Number(activityIds.get(activity.slug))
    const { rows } = await pool.query('select count(*)::int as n from signups where activity_id = $1', [activityId])
    if (rows[0].n > 0 || Date.parse(activity.startsAt) < Date.now()) continue
    for (const r of activity.signup.residents) await signUp(pool, { activityId, ...r, source: r.source ?? 'online' })
  }

  // ----------------------------------------------------------------- recruitment calls

  for (const call of recruitmentCalls) {
    const text = (l: Locale) => ({
      title: call.title[l],
      role: call.role[l],
      summary: call.summary[l],
      duties: lexical(call.duties, l),
      requirements: lexical(call.requirements, l),
      timeCommitment: call.timeCommitment[l],
    })
    await ensure(
      'recruitment-calls',
      call.slug,
      {
        ...text('zh'),
        peopleWanted: call.peopleWanted,
        opensAt: call.opensAt,
        closesAt: call.closesAt,
        ...(call.activity ? { activity: idOf(activityIds, call.activity, 'activity') } : {}),
        contact: call.contact,
      },
      () => text('en'),
    )
  }

  // ----------------------------------------------------------------------------- cases

  for (const item of cases) {
    const text = (l: Locale) => ({
      title: item.title[l],
      organisation: item.organisation[l],
      author: item.author[l],
      summary: item.summary[l],
      background: lexical(item.background, l),
      practice: lexical(item.practice, l),
      outcomes: lexical(item.outcomes, l),
      lessons: lexical(item.lessons, l),
    })
    const figures = (l: Locale): Data[] => item.keyFigures.map((k) => ({ value: k.value, label: k.label[l] }))
    await ensure(
      'cases',
      item.slug,
      {
        ...text('zh'),
        keyFigures: figures('zh'),
        topics: item.topics.map((t) => idOf(topicIds, t, 'topic')),
        ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
        cover: idOf(mediaIds, item.image, 'image'),
      },
      (zhDoc) => ({ ...text('en'), keyFigures: enRows('cases', 'keyFigures', zhDoc, figures('en')) }),
    )
  }

  // --------------------------------------------------------------------- site settings

  const current = await api.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0, context })
  const communityName = current?.communityName
  if (typeof communityName === 'string' ? communityName.trim() === '' : communityName == null) {
    const global = api.config?.globals?.find((g) => g.slug === 'site-settings')
    const globalDrafts = Boolean(
      global?.versions && typeof global.versions === 'object' && (global.versions as { drafts?: unknown }).drafts,
    )
    const status: Data = globalDrafts ? { _status: 'published' } : {}
    const text = (l: Locale) => ({
      communityName: siteSettings.communityName[l],
      teamName: siteSettings.teamName[l],
      address: siteSettings.address[l],
      openingHours: siteSettings.openingHours[l],
      introduction: siteSettings.introduction[l],
      footer: siteSettings.footer[l],
    })
    await api.updateGlobal({
      slug: 'site-settings',
      data: {
        ...text('zh'),
        contactPhone: siteSettings.contactPhone,
        contactEmail: siteSettings.contactEmail,
        recordingUnit: siteSettings.recordingUnit,
        ...status,
      },
      locale: 'zh',
      depth: 0,
      context,
    })
    await api.updateGlobal({ slug: 'site-settings', data: { ...text('en'), ...status }, locale: 'en', depth: 0, context })
    result.created++
  } else {
    result.skipped++
  }

  // The team: roster, a year of service records and duties, in bulk (src/volunteers/seed.ts).
  const team = await seedTeam(payload)
  if (team > 0) result.created += team
  else result.skipped++

  api.logger.info(`Seed: ${result.created} created, ${result.skipped} already present`)
  // Each write skipped revalidation; one refresh of every tag at the end updates a running server at once.
  if (result.created > 0) await expireCacheTags([...Object.values(cacheTags), ...createdPages])
  return result
}
