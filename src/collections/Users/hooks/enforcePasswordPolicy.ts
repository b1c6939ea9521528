import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

export const MIN_PASSWORD_LENGTH = 10

export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, collection }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'password',
          message: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符 / The password must be at least ${MIN_PASSWORD_LENGTH} characters`,
        },
      ],
    })
  }
  return data
}
