import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { cachedRead, tags } from "./sdk"

export type CollectionSummary = { id: string; handle: string; title: string }

/** A collection's page also shows its description, when staff wrote one. */
export type CollectionPage = CollectionSummary & { description: string | null }

/** Collections change with curation, not per visit. */
const revalidate = 3600

/**
 * The curated collections (translated titles), newest first. Cached an hour, tag `collections`.
 */
export async function listCollections(locale: Locale, limit = 12): Promise<CollectionSummary[]> {
  const { collections } = await cachedRead<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { fields: "id,handle,title", limit, order: "-created_at" },
    locale,
    tags: [tags.collections],
    revalidate,
  })
  return collections.map(({ id, handle, title }) => ({ id, handle, title }))
}

/**
 * The description in the reader's language. Medusa collections have no description field:
 * staff write one per locale in `metadata.description` (`{ fr, ar, en }`).
 */
function descriptionOf(metadata: Record<string, unknown> | null | undefined, locale: Locale): string | null {
  const description = metadata?.description
  if (typeof description !== "object" || description === null) return null
  const text = (description as Record<string, unknown>)[locale]
  return typeof text === "string" && text.trim() ? text.trim() : null
}

/**
 * A collection by its handle, with its translated title and description; `null` when none has
 * this handle. Cached an hour, tag `collections`; deduplicated within a request (metadata and page).
 */
export const getCollectionByHandle = cache(async (handle: string, locale: Locale): Promise<CollectionPage | null> => {
  const { collections } = await cachedRead<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { fields: "id,handle,title,metadata", handle, limit: 1 },
    locale,
    tags: [tags.collections],
    revalidate,
  })
  const found = collections[0]
  return found ? { id: found.id, handle: found.handle, title: found.title, description: descriptionOf(found.metadata, locale) } : null
})
