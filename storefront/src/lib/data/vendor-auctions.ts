import "server-only"
import type { Locale } from "@tiwizi/locale"
import type { VendorAuctionLot } from "../auction-types"
import { vendorFetch } from "./vendor"

/**
 * The lots of the logged-in member's cooperative, with what only the cooperative may see: the
 * reserve price and whether the buyer paid; product titles in `locale` (the backend applies a
 * request's language on store routes only, so the portal names it). The backend scopes them to
 * the member's cooperative; never cached (`vendorFetch`).
 */
export async function listVendorAuctions(locale: Locale): Promise<VendorAuctionLot[]> {
  const { auctions } = await vendorFetch<{ auctions: VendorAuctionLot[] }>("/vendor/auctions", { query: { locale } })
  return auctions
}
