import "server-only"
import type { Locale } from "@tiwizi/locale"
import { cache } from "react"
import { cachedRead, tags } from "./sdk"

type CooperativeListResponse = { cooperatives: { handle: string; name: string }[]; count: number }

/** The route's largest page. */
const limit = 100

/**
 * Every approved cooperative's name in the reader's language, by handle, for the search page's
 * cooperative filter (the index holds handles). Cached an hour, tag `cooperatives`: the list
 * changes when staff approve one, not per visit. Deduplicated within a request.
 */
export const listCooperativeNames = cache(async (locale: Locale): Promise<Record<string, string>> => {
  const names: Record<string, string> = {}
  let offset = 0
  let count = 1
  while (offset < count) {
    const page = await cachedRead<CooperativeListResponse>("/store/cooperatives", {
      query: { limit, offset },
      locale,
      tags: [tags.cooperatives],
      revalidate: 3600,
    })
    for (const { handle, name } of page.cooperatives) names[handle] = name
    // An empty page ends the walk even if the count said more (approvals changing under us).
    count = page.cooperatives.length > 0 ? page.count : 0
    offset += limit
  }
  return names
})
