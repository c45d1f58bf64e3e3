import { defaultLocale, isLocale } from "@tiwizi/locale"
import { NextResponse, type NextRequest } from "next/server"
import { getTranslations } from "next-intl/server"
import { isLotId } from "@/lib/auction-form"
import { auctionView } from "@/lib/auction-view"
import { getAuction } from "@/lib/data/auctions"

type Context = { params: Promise<{ id: string }> }

/**
 * `GET /api/auctions/:id?locale=`: the lot page's live part, as the stream sends it, for
 * browsers whose stream failed (or that have none): the page asks every 3 seconds. Personal
 * (the customer's token from their cookie), so never stored.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params
  const value = request.nextUrl.searchParams.get("locale")
  const locale = isLocale(value) ? value : defaultLocale
  if (!isLotId(id)) return NextResponse.json({ type: "not_found", message: "No such lot" }, { status: 404 })
  try {
    const [state, t] = await Promise.all([getAuction(id, locale), getTranslations({ locale, namespace: "Auctions" })])
    if (!state) return NextResponse.json({ type: "not_found", message: "No such lot" }, { status: 404 })
    return NextResponse.json(auctionView(state, t, locale), { headers: { "cache-control": "private, no-store" } })
  } catch (error) {
    console.error("auction poll failed:", error)
    return NextResponse.json({ type: "unknown", message: "The shop did not answer" }, { status: 502 })
  }
}
