import { icon } from "@/components/portal/portal-icons"

/** An auctioneer's gavel (its head, its handle, the block), for the auctions' links. */
export const GavelIcon = icon(
  <>
    <path d="m13.5 3 7.5 7.5-3 3L10.5 6z" />
    <path d="m14 10-9.5 9.5" />
    <path d="M13 21h8" />
  </>,
)
