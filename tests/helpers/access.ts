export type Actor = 'anonymous' | 'contributor' | 'editor' | 'admin'
export const actors: Actor[] = ['anonymous', 'contributor', 'editor', 'admin']

/** Whether a Local API call made as some user went through: false when Payload refuses it (401/403/404) or finds nothing. */
export async function permitted(run: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = await run()
    return result !== null && result !== undefined
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return false
    throw error
  }
}
