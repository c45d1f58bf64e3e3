import { MedusaError } from "@medusajs/framework/utils"
import { MeilisearchApiError } from "meilisearch"

/** A request Meilisearch cannot honour exactly: the contract says refuse rather than approximate. */
export function notAllowed(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** Input that makes no sense whatever the engine. */
export function invalidData(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Meilisearch errors in the shapes the Search Module acts on: a missing index becomes a
 * `NOT_FOUND` MedusaError, which makes the module re-resolve the active index version and retry;
 * a rate limit keeps its error but exposes `status` 429 and `retry_after` (ms), which the module's
 * seeding retries on. Everything else passes through untouched.
 */
export function translateError(error: unknown): unknown {
  if (!(error instanceof MeilisearchApiError)) return error
  if (error.cause?.code === "index_not_found") {
    return new MedusaError(MedusaError.Types.NOT_FOUND, error.message)
  }
  if (error.response.status === 429) {
    const seconds = Number(error.response.headers.get("retry-after"))
    return Object.assign(error, {
      status: 429,
      retry_after: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined,
    })
  }
  return error
}

/** Runs one call to Meilisearch, translating its errors. */
export async function meili<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw translateError(error)
  }
}
