/**
 * How the wizard sends a photo over a connection that drops: up to {@link uploadTries} tries,
 * waiting longer before each new one (a phone moving between cell towers needs seconds, not
 * milliseconds), then it stops and lets the member try again.
 */
export const uploadTries = 3

/** How one try ended. `status` is the HTTP status of an answer; the others never got one. */
export type UploadOutcome<T> =
  | { kind: "done"; value: T }
  | { kind: "refused"; status: number; body: unknown }
  | { kind: "network" }
  | { kind: "timeout" }
  | { kind: "aborted" }

/** Milliseconds to wait after failed try number `attempt` (1-based): 1 s, then 3 s, then 9 s. */
export function retryDelay(attempt: number): number {
  return 1000 * 3 ** (attempt - 1)
}

/**
 * Whether another try may succeed: a dropped or cut connection, a timeout, or a server that
 * failed (5xx) or asked to slow down (408, 429). A refusal (400: not a photo; 401: logged out;
 * 403, 404) would be refused again.
 */
export function isRetryable(outcome: UploadOutcome<unknown>): boolean {
  if (outcome.kind === "done") return false
  if (outcome.kind !== "refused") return true
  return outcome.status >= 500 || outcome.status === 408 || outcome.status === 429
}

type RetryOptions = {
  tries?: number
  /** Waits between tries; tests pass one that does not. */
  wait?: (milliseconds: number) => Promise<void>
  /** Told as soon as a new try (2, 3, …) is decided, before the wait, so the screen can say "trying again". */
  onRetry?: (attempt: number) => void
}

const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds))

/** Runs `send` until it succeeds, fails for good, or has been tried `tries` times; returns the last outcome. */
export async function withRetry<T>(send: () => Promise<UploadOutcome<T>>, { tries = uploadTries, wait = sleep, onRetry }: RetryOptions = {}): Promise<UploadOutcome<T>> {
  let outcome = await send()
  for (let attempt = 1; attempt < tries && isRetryable(outcome); attempt++) {
    onRetry?.(attempt + 1)
    await wait(retryDelay(attempt))
    outcome = await send()
  }
  return outcome
}
