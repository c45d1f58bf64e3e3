import "server-only"
import type { Impact } from "../impact"
import { cachedRead, tags } from "./sdk"

/**
 * The home page's impact figures (`GET /store/impact`), computed by the backend from its data.
 * Kept a minute, as the backend does: a sale shows on the home page within that window.
 */
export async function getImpact(): Promise<Impact> {
  const { impact } = await cachedRead<{ impact: Impact }>("/store/impact", {
    query: {},
    tags: [tags.cooperatives, tags.products],
    revalidate: 60,
  })
  return impact
}
