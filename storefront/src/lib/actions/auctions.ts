"use server"

import { defaultLocale, formatMoney, isLocale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import type { AuctionErrorCode } from "../auction-errors"
import { isLotId, parseBidForm } from "../auction-form"
import { auctionView, type AuctionView } from "../auction-view"
import { getAuction, placeBid as sendBid } from "../data/auctions"
import { getCartId, setCartAside, setCartId } from "../data/cookies"
import { localePath } from "../locale-path"

export type BidFormState =
  | { status: "idle" }
  | { status: "placed"; message: string; view: AuctionView }
  | { status: "error"; code: AuctionErrorCode; message: string; view: AuctionView | null }

/**
 * Places the bid form's bid (or maximum) for the logged-in customer. The answer carries the
 * lot's new state, built in the form's language, so the page shows the new price at once
 * (before the stream's copy arrives); a refusal says why in words the bidder can act on, with
 * the lot read again so that the minimum shown is the one that now holds.
 */
export async function placeBid(_previous: BidFormState, form: FormData): Promise<BidFormState> {
  const input = parseBidForm(form)
  const localeValue = form.get("locale")
  const locale = input?.locale ?? (isLocale(localeValue) ? localeValue : defaultLocale)
  const t = await getTranslations({ locale, namespace: "Auctions" })
  if (!input) return { status: "error", code: "invalid_amount", message: t("errors.invalid_amount"), view: null }
  try {
    const result = await sendBid(input.lotId, { amount: input.amount, max: input.max, currency_code: "mad" }, locale)
    if (result.ok) {
      const { auction } = result.state
      const amount = formatMoney(result.bid.max_amount ?? result.bid.amount, auction.currency_code, locale)
      return {
        status: "placed",
        message: input.max ? t("form.maxPlaced", { price: amount }) : t("form.placed", { price: amount }),
        view: auctionView(result.state, t, locale),
      }
    }
    const { code, min_amount } = result.refusal
    const state = await getAuction(input.lotId, locale)
    const minimum = min_amount ?? state?.auction.min_next_bid ?? input.amount
    const message = code === "bid_too_low" ? t("errors.bid_too_low", { price: formatMoney(minimum, "mad", locale) }) : t(`errors.${code}`)
    return { status: "error", code, message, view: state ? auctionView(state, t, locale) : null }
  } catch (error) {
    console.error("bid failed:", error)
    return { status: "error", code: "unknown", message: t("errors.unknown"), view: null }
  }
}

/**
 * Sends the winner of a lot (or the second bidder it was offered to) to pay: the cart the
 * backend made for their offer, at the hammer price, becomes the visitor's cart, and the
 * checkout takes it from there. An offer that is not theirs, not open or without a cart leads
 * back to the lot, which says why.
 */
export async function payOffer(form: FormData): Promise<void> {
  const localeValue = form.get("locale")
  const locale = isLocale(localeValue) ? localeValue : defaultLocale
  const lotId = form.get("lot_id")
  if (!isLotId(lotId)) redirect(localePath(locale, "/account/bids"))
  const state = await getAuction(lotId, locale)
  const offer = state?.auction.viewer?.offer
  if (!offer || offer.status !== "open" || !offer.cart_id) redirect(`${localePath(locale, `/auctions/${lotId}`)}?offer=unavailable`)
  const current = await getCartId()
  if (current && current !== offer.cart_id) await setCartAside(current)
  await setCartId(offer.cart_id)
  redirect(localePath(locale, "/checkout"))
}
