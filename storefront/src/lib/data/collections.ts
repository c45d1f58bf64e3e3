import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tiwizi/locale"
import { cachedRead, tags } from "./sdk"

export type CollectionSummary = { id: string; handle: string; title: string }

/**
 * The curated collections (translated titles), newest first. Cached an hour, tag `collections`.
 */
export async function listCollections(locale: Locale, limit = 12): Promise<CollectionSummary[]> {
  const { collections } = await cachedRead<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { fields: "id,handle,title", limit, order: "-created_at" },
    locale,
    tags: [tags.collections],
    revalidate: 3600,
  })
  return collections.map(({ id, handle, title }) => ({ id, handle, title }))
}
