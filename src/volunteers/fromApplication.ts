import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

const idOf = (value: unknown): number | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id)
  return typeof value === 'number' ? value : undefined
}

type ApplicationLike = {
  id: number
  name: string
  phone?: string | null
  email?: string | null
  courtyard?: unknown
  courtyardOther?: string | null
  skills?: string[] | null
  skillsNote?: string | null
  availability?: string[] | null
  mentor?: unknown
  referrer?: string | null
  reference?: string | null
  volunteer?: unknown
  anonymisedAt?: string | null
}

/**
 * Makes the volunteer from an accepted application (what the applicant typed, the mentor carried
 * over) and links the two. Returns the volunteer's id; an application already linked keeps its volunteer.
 */
export async function createVolunteerFromApplication(req: PayloadRequest, application: ApplicationLike): Promise<number> {
  const linked = idOf(application.volunteer)
  if (linked) return linked
  const notes = [
    application.reference ? `来自报名 ${application.reference}` : '',
    application.courtyardOther ? `住址：${application.courtyardOther}` : '',
    application.skillsNote ? `特长：${application.skillsNote}` : '',
    application.referrer ? `介绍人：${application.referrer}` : '',
  ].filter(Boolean)
  const volunteer = await req.payload.create({
    collection: 'volunteers',
    data: {
      name: application.name,
      mobile: application.phone ?? undefined,
      email: application.email ?? undefined,
      courtyard: idOf(application.courtyard),
      skills: (application.skills ?? undefined) as never,
      availability: (application.availability ?? undefined) as never,
      mentor: idOf(application.mentor),
      status: 'regular',
      joinedAt: new Date().toISOString(),
      note: notes.join('\n') || undefined,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: 'applications',
    id: application.id,
    data: { volunteer: volunteer.id } as never,
    depth: 0,
    overrideAccess: true,
    req,
    context: { linkingVolunteer: true },
  })
  return volunteer.id
}

/** On the applications collection: saving one as 已加入 (accepted) makes its volunteer in the same step. */
export const volunteerOnAccept: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context?.linkingVolunteer) return doc
  const application = doc as ApplicationLike & { status?: string }
  if (application.status !== 'accepted' || application.anonymisedAt || idOf(application.volunteer)) return doc
  if ((previousDoc as { status?: string } | undefined)?.status === 'accepted' && idOf((previousDoc as ApplicationLike).volunteer)) return doc
  const volunteer = await createVolunteerFromApplication(req, application)
  return { ...doc, volunteer }
}
