import { FetchError } from "@medusajs/js-sdk"
import { defaultLocale, isLocale } from "@tiwizi/locale"
import { NextResponse, type NextRequest } from "next/server"
import { getTranslations } from "next-intl/server"
import { isLotId } from "@/lib/auction-form"
import { sseMessage, sseReader } from "@/lib/auction-sse"
import type { AuctionState } from "@/lib/auction-types"
import { auctionView } from "@/lib/auction-view"
import { openAuctionStream } from "@/lib/data/auctions"

type Context = { params: Promise<{ id: string }> }

/**
 * `GET /api/auctions/:id/stream?locale=`: the lot page's live stream. The browser cannot send
 * the customer's token (an httpOnly cookie) to the backend, so this route opens the backend's
 * `/store/auctions/:id/stream` with it and passes each `state` on as the page shows it, texts in
 * the page's language; pings pass as they are. Closing the page closes the backend's stream.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params
  const value = request.nextUrl.searchParams.get("locale")
  const locale = isLocale(value) ? value : defaultLocale
  if (!isLotId(id)) return NextResponse.json({ type: "not_found", message: "No such lot" }, { status: 404 })
  const upstream = new AbortController()
  request.signal.addEventListener("abort", () => upstream.abort())
  let answer: Response
  try {
    answer = await openAuctionStream(id, locale, upstream.signal)
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return NextResponse.json({ type: "not_found", message: "No such lot" }, { status: 404 })
    if (!request.signal.aborted) console.error("auction stream could not be opened:", error)
    return NextResponse.json({ type: "unknown", message: "The shop did not answer" }, { status: 502 })
  }
  if (!answer.body) return NextResponse.json({ type: "unknown", message: "The shop sent no stream" }, { status: 502 })
  const t = await getTranslations({ locale, namespace: "Auctions" })
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const reader = answer.body.getReader()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const push = sseReader(({ event, data }) => {
        if (event === "state") controller.enqueue(encoder.encode(sseMessage("state", auctionView(JSON.parse(data) as AuctionState, t, locale))))
        else if (event === "ping") controller.enqueue(encoder.encode(`event: ping\ndata: ${data}\n\n`))
      })
      try {
        for (let read = await reader.read(); !read.done; read = await reader.read()) push(decoder.decode(read.value, { stream: true }))
      } catch (error) {
        if (!upstream.signal.aborted) console.error("auction stream broke off:", error)
      }
      // The page falls back to polling when its stream ends: closing is enough. A page that went
      // away has cancelled the stream already.
      if (!upstream.signal.aborted) controller.close()
    },
    cancel() {
      upstream.abort()
    },
  })
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform keeps Next's gzip (and any proxy) from holding events back to compress them.
      "cache-control": "private, no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  })
}
