/**
 * Runs `check` until it stops throwing (the server refreshes caches, runs jobs or sends mail a
 * moment after the write), and returns its value; past the timeout, its last error is thrown.
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, intervalMs))
    }
  }
}
