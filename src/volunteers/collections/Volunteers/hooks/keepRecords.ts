import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** A volunteer with service records is never deleted (the records must stay): anonymise them instead. */
export const refuseDeleteWithRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'service-records', where: { volunteer: { equals: id } }, req, overrideAccess: true })
  if (totalDocs > 0) throw new APIError('这位志愿者有服务记录，不能删除；如本人要求，请改用“匿名处理” / Volunteers with service records cannot be deleted: anonymise them instead', 400, undefined, true)
}
