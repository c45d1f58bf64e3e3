import type { BidRow } from "@/lib/auction-view"

type Labels = { title: string; empty: string; auto: string }

/**
 * The lot's last bids, newest first: who (a bidder number, "you" for the reader's own), how
 * much, and when by Moroccan time; bids the lot raised on a maximum's behalf say so.
 */
export function BidHistory({ bids, bidCount, labels }: { bids: BidRow[]; bidCount: string; labels: Labels }) {
  return (
    <section aria-labelledby="bid-history" className="space-y-3">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="bid-history" className="font-semibold">
          {labels.title}
        </h2>
        <p className="text-sm text-muted">{bidCount}</p>
      </div>
      {bids.length === 0 ? (
        <p className="rounded-xl bg-wool p-4 text-sm">{labels.empty}</p>
      ) : (
        <ol className="divide-y divide-clay border-y border-clay" data-testid="bid-history">
          {bids.map((bid) => (
            <li key={bid.position} className={`flex items-center gap-3 py-2.5 text-sm ${bid.you ? "font-semibold" : ""}`}>
              <span className="min-w-0 flex-1 truncate">
                {bid.bidder}
                {bid.auto && <span className="ms-2 rounded-full bg-wool px-2 py-0.5 text-xs font-normal text-muted">{labels.auto}</span>}
              </span>
              <bdi className="tabular-nums">{bid.amount}</bdi>
              <span className="w-20 shrink-0 text-end text-muted tabular-nums">{bid.time}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
