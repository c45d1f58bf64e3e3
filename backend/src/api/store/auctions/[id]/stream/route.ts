import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { auctionService } from "../../lot-detail"
import { serverTime } from "../../lot-summary"
import { lotViewerOf } from "../../lot-viewer"
import { lotWatcher } from "../../lot-watcher"

/** Pings keep proxies and browsers from closing a quiet stream. */
const PING_MS = 15_000

/**
 * `GET /store/auctions/:id/stream`: server-sent events for one lot's page. `event: state` with
 * `{ auction, server_time }` (the viewer's own detail) on connect and whenever the lot changes,
 * on whichever server the change was made; `event: ping` with `{ server_time }` every 15 s.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const lotId = req.params.id
  const [lot] = await auctionService(req.scope).listAuctionLots({ id: lotId }, { select: ["id", "cooperative_id"], take: 1 })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${lotId} was not found`)
  const viewer = await lotViewerOf(req, lot.cooperative_id)

  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    // nginx and similar proxies would otherwise hold events back in their buffers.
    "x-accel-buffering": "no",
  })
  const write = (text: string) => {
    if (!res.writableEnded && !res.destroyed) res.write(text)
  }
  const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  const unwatch = lotWatcher.watch(req.scope, lotId, {
    locale: req.locale,
    viewer,
    send: (auction, now) => send("state", { auction, server_time: now.toISOString() }),
    end: () => res.end(),
  })
  const ping = setInterval(() => {
    serverTime(req.scope).then(
      (now) => send("ping", { server_time: now.toISOString() }),
      // Without the clock, a comment still keeps the connection open.
      () => write(": ping\n\n"),
    )
  }, PING_MS)
  req.on("close", () => {
    clearInterval(ping)
    unwatch()
  })
}
