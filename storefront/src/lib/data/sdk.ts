import "server-only"
import Medusa, { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "@tiwizi/locale"
import { defaultBackendUrl } from "../image-config"

/**
 * The backend's address and key are read at request time (never `NEXT_PUBLIC_`): the same build
 * serves dev, the e2e stack on :9100 and production.
 */
export function backendUrl(): string {
  return process.env.MEDUSA_BACKEND_URL || defaultBackendUrl
}

/** The shop's publishable key, for the few calls made without the js-sdk; throws with the fix when unset. */
export function publishableKey(): string {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!key) {
    throw new Error(
      "MEDUSA_PUBLISHABLE_KEY is not set. Run `npm run seed` (or `npm run dev`) from the repository root, " +
        "which writes storefront/.env.local with MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY.",
    )
  }
  return key
}

let client: { url: string; key: string; sdk: Medusa } | undefined

/** The js-sdk client for the configured backend, rebuilt only if the environment changes. */
export function getSdk(): Medusa {
  const url = backendUrl()
  const key = publishableKey()
  if (!client || client.url !== url || client.key !== key) {
    client = { url, key, sdk: new Medusa({ baseUrl: url, publishableKey: key }) }
  }
  return client.sdk
}

/** Cache tags, so that a webhook or an action can expire one kind of data at a time. */
export const tags = {
  products: "products",
  categories: "categories",
  collections: "collections",
  regions: "regions",
  cooperatives: "cooperatives",
} as const

type CachedRead = {
  query: Record<string, unknown>
  /** Sent as `x-medusa-locale`, which is part of Next's fetch cache key. */
  locale?: Locale
  tags: string[]
  /** Seconds a cached answer is served before it is refreshed in the background. */
  revalidate: number
}

/**
 * A catalogue read (GET) through the js-sdk's client, kept in Next's data cache. The sdk's
 * resource methods accept only headers, so cached reads go through `client.fetch`, which hands
 * `next: { revalidate, tags }` to Next's `fetch` untouched.
 */
export function cachedRead<T>(path: string, read: CachedRead): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query: read.query,
    headers: read.locale ? { "x-medusa-locale": read.locale } : undefined,
    cache: "force-cache",
    next: { revalidate: read.revalidate, tags: read.tags },
  })
}

/** True only when the backend answered 404: the one case where a loader returns `null`. */
export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}
