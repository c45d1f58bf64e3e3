import { formatNumber } from "@tiwizi/locale"
import { NextResponse, type NextRequest } from "next/server"
import { getTranslations } from "next-intl/server"
import { searchProducts } from "@/lib/data/search"
import { isBadRequest } from "@/lib/errors"
import { instantHit, parseInstantQuery, type InstantResults } from "@/lib/instant-search"
import { instantBody } from "@/lib/search-query"
import { searchCard } from "@/lib/search-results"

/**
 * `GET /api/search?q=&locale=&currency=`: the header box's instant results, searched on the
 * server (the publishable key and the backend's address stay here) and cut down to what the box
 * shows. The answer depends on the URL alone, so browsers and CDNs may keep it a minute.
 */
export async function GET(request: NextRequest) {
  const input = parseInstantQuery(request.nextUrl.searchParams)
  if (!input.ok) return NextResponse.json({ error: "invalid", message: input.message }, { status: 400 })
  const { q, locale, currency } = input.value
  try {
    const [typeahead, t] = await Promise.all([
      searchProducts(instantBody(q, locale, currency), request.signal),
      getTranslations({ locale, namespace: "Search" }),
    ])
    // Engines forgive no typo in the prefix being typed, so a finished but misspelt last word
    // ("khnifra") finds nothing; read as a whole word, it is corrected. Costs a second search
    // only when the first found nothing.
    const result =
      typeahead.hits.length > 0 ? typeahead : await searchProducts(instantBody(q, locale, currency, "all"), request.signal)
    const hits = result.hits.map((hit) => instantHit(searchCard(hit, locale, currency), locale))
    const count = result.metadata.count ?? hits.length
    const body: InstantResults = {
      query: result.metadata.query ?? q,
      summary: t("instantSummary", { count, n: formatNumber(count, locale) }),
      hits,
    }
    return NextResponse.json(body, { headers: { "cache-control": "public, max-age=60" } })
  } catch (error) {
    if (isBadRequest(error)) {
      return NextResponse.json({ error: "invalid", message: "The search engine cannot take this query" }, { status: 400 })
    }
    // A visitor typing on aborts the previous request: that is no failure worth a log line.
    if (!request.signal.aborted) console.error("instant search failed:", error)
    return NextResponse.json({ error: "unknown" }, { status: 500 })
  }
}
