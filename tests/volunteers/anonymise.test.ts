import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { anonymiseVolunteer } from '@/volunteers/anonymise'
import { serviceTotals } from '@/volunteers/certificates'
import { getTestPayload } from '../helpers/payload'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let editor: TestUser
beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createTestUser(payload, 'editor')
})

it('a volunteer who left is anonymised on request; their records and the totals stay', async () => {
  const v = await payload.create({ collection: 'volunteers', data: { name: '离队的人', mobile: '13700003333', email: 'left@example.com', status: 'left', idConsent: true, idNumber: '510124195001011234', note: '住三栋' } as never })
  await payload.create({ collection: 'service-records', data: { volunteer: v.id, activityName: '茶座', date: '2026-03-04T02:00:00.000Z', hours: 2.5, kind: 'tea-service' } })
  await expect(payload.delete({ collection: 'volunteers', id: v.id })).rejects.toMatchObject({ status: 400 })
  const before = await serviceTotals(payload, v.id, '2026-01-01', '2026-12-31')
  const oldToken = v.linkToken
  const req = { payload, user: { ...editor, collection: 'users' }, context: {} } as never
  expect(await anonymiseVolunteer(req, v.id)).toBe(true)
  const after = await payload.findByID({ collection: 'volunteers', id: v.id, depth: 0 })
  expect(after).toMatchObject({ name: `已匿名志愿者 #${v.id}`, mobile: null, email: null, note: null, status: 'left', idNumberMasked: null })
  expect(after.anonymisedAt).toBeTruthy()
  expect(after.linkToken).not.toBe(oldToken)
  expect(await serviceTotals(payload, v.id, '2026-01-01', '2026-12-31')).toEqual(before)
  const audit = await payload.find({ collection: 'audit-entries', where: { and: [{ action: { equals: 'anonymise' } }, { documents: { equals: String(v.id) } }, { resource: { equals: 'volunteers' } }] }, depth: 0 })
  expect(audit.docs).toHaveLength(1)
})
