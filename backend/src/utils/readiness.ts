/** How long one dependency may take to answer before the instance counts as not ready. */
export const CHECK_TIMEOUT_MS = 2_000

/** What a readiness check reports for a dependency the configuration does not use. */
export const NOT_CONFIGURED = "not configured"

/**
 * Runs one readiness check: "ok" when it resolves in time, otherwise the reason, so the probe's
 * answer names what failed. A check that hangs (a pool waiting for a connection, a half-open
 * socket) counts as failed after `timeoutMs`; its promise is left to settle on its own.
 */
export async function runCheck(check: () => PromiseLike<unknown>, timeoutMs = CHECK_TIMEOUT_MS): Promise<string> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([check(), timeout])
    return "ok"
  } catch (error) {
    return reasonOf(error)
  } finally {
    clearTimeout(timer)
  }
}

// Node reports a refused connection to a host with several addresses as an AggregateError
// whose message is empty; its code (ECONNREFUSED) is then the useful part.
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error)
  }
  return error.message || (error as NodeJS.ErrnoException).code || error.name
}
