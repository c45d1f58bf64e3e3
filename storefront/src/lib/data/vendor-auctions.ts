import "server-only"
import type { VendorAuctionLot } from "../auction-types"
import { vendorFetch } from "./vendor"

/**
 * The lots of the logged-in member's cooperative, with what only the cooperative may see: the
 * reserve price and whether the buyer paid. The backend scopes them to the member's
 * cooperative; never cached (`vendorFetch`).
 */
export async function listVendorAuctions(): Promise<VendorAuctionLot[]> {
  const { auctions } = await vendorFetch<{ auctions: VendorAuctionLot[] }>("/vendor/auctions")
  return auctions
}
