"use server"

import { defaultLocale, isLocale, type Locale } from "@tiwizi/locale"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import {
  createVendorProduct,
  deleteVendorProduct,
  moveVendorProduct,
  retrieveVendorProduct,
  setVendorPrices,
  setVendorStock,
  updateVendorProduct,
} from "../data/vendor-products"
import { createBody, priceChanges, stockChanges, updateBody } from "../listing-body"
import { isListingValues } from "../listing-draft"
import { backendFieldErrors, listingFailure, type ListingFailure } from "../listing-errors"
import { parseAmount, parseWhole, type ListingValues } from "../listing-form"
import { familyOf } from "../listing-options"
import { withPendingChanges } from "../listing-prefill"
import { isProductId } from "../listing-product"
import type { QuickEditState } from "../listing-quick-edit"
import {
  firstInvalidStep,
  priceError,
  stepOfField,
  stockError,
  type ListingErrorCode,
  type ListingFieldErrors,
  type WizardStep,
} from "../listing-validation"
import { localePath } from "../locale-path"

function readLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale
}

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** Back to the portal's login, then to `path`: the member's session ended on this phone. */
function toLogin(locale: Locale, path: string): never {
  redirect(`${localePath(locale, "/cooperative/login")}?${new URLSearchParams({ next: localePath(locale, path) })}`)
}

/** The failure of a call, logged when it is not the member's to fix. */
function failed(action: string, error: unknown): ListingFailure {
  const failure = listingFailure(error)
  if (failure === "unknown" || failure === "unreachable") console.error(`${action} failed:`, error)
  return failure
}

/**
 * One quick edit from the list: the value is checked with the wizard's rule, sent, and the list
 * refreshed; the form keeps what was typed and says what happened next to the field.
 */
async function quickEdit(
  form: FormData,
  field: "stock" | "price",
  check: (value: string) => ListingErrorCode | undefined,
  send: (id: string, variantId: string, value: string) => Promise<unknown>,
): Promise<QuickEditState> {
  const locale = readLocale(form.get("locale"))
  const id = form.get("product_id")
  const variantId = text(form, "variant_id")
  const value = text(form, field)
  if (!isProductId(id) || !/^variant_[0-9A-Za-z]{10,40}$/.test(variantId)) return { status: "error", value, code: "not_found" }
  const code = check(value)
  if (code) return { status: "error", value, code }
  try {
    await send(id, variantId, value)
  } catch (error) {
    const failure = failed(`listing ${field} update`, error)
    if (failure === "unauthorized") toLogin(locale, "/cooperative/listings")
    return { status: "error", value, code: failure === "invalid" ? (field === "stock" ? "stock_range" : "price_invalid") : failure }
  }
  refresh()
  return { status: "done", value, at: Date.now() }
}

/** Sets the stock of one variant from the list (`product_id`, `variant_id`, `stock`). */
export async function saveQuickStock(_previous: QuickEditState, form: FormData): Promise<QuickEditState> {
  return quickEdit(form, "stock", stockError, (id, variantId, value) => setVendorStock(id, [{ id: variantId, stock: parseWhole(value) ?? 0 }]))
}

/** Sets the MAD price of one variant from the list (`product_id`, `variant_id`, `price`). */
export async function saveQuickPrice(_previous: QuickEditState, form: FormData): Promise<QuickEditState> {
  return quickEdit(form, "price", priceError, (id, variantId, value) =>
    setVendorPrices(id, [{ id: variantId, prices: { mad: parseAmount(value) ?? 0 } }]),
  )
}

const moves = ["submit", "withdraw", "archive", "delete"] as const

/**
 * Submits, withdraws, archives or deletes a listing (`move`, `product_id`), then shows its page
 * (the list, after a deletion) saying what happened, or why it could not.
 */
export async function moveListing(form: FormData): Promise<void> {
  const locale = readLocale(form.get("locale"))
  const id = form.get("product_id")
  const move = moves.find((candidate) => candidate === form.get("move"))
  if (!isProductId(id) || !move) redirect(localePath(locale, "/cooperative/listings"))
  const page = `/cooperative/listings/${id}`
  let failure: ListingFailure | null = null
  try {
    if (move === "delete") await deleteVendorProduct(id)
    else await moveVendorProduct(id, move)
  } catch (error) {
    failure = failed(`listing ${move}`, error)
  }
  if (failure === "unauthorized") toLogin(locale, page)
  if (failure) redirect(`${localePath(locale, failure === "not_found" ? "/cooperative/listings" : page)}?failed=${failure}`)
  redirect(move === "delete" ? `${localePath(locale, "/cooperative/listings")}?done=deleted` : `${localePath(locale, page)}?done=${move}`)
}

/** What the wizard's save answers: the product's id and images, or what to fix and where. */
export type SaveListingResult =
  | { ok: true; id: string; images: string[] }
  | { ok: false; step: WizardStep | null; errors: ListingFieldErrors; failure: ListingFailure | null }

type SaveListingInput = { productId: string | null; values: ListingValues; images: string[]; photoCount: number }

/**
 * Creates the listing as a draft, or saves the changes of an existing one (only what changed:
 * on a live listing, a change waits for staff; price and stock apply at once). The values are
 * checked again here with the wizard's rules; a refusal by the backend is mapped to the
 * wizard's fields. Photos are sent afterwards, one by one, through the upload route.
 */
export async function saveListing(input: SaveListingInput): Promise<SaveListingResult> {
  const { productId, values, images } = input
  const refused = (errors: ListingFieldErrors, failure: ListingFailure | null = null): SaveListingResult => {
    const [field] = Object.keys(errors)
    return { ok: false, step: field ? stepOfField(field) : null, errors, failure }
  }
  // A server action is a public endpoint: its input is checked like a request body.
  const wellFormed =
    isListingValues(values) &&
    (productId === null || isProductId(productId)) &&
    Array.isArray(images) &&
    images.every((url) => typeof url === "string") &&
    Number.isInteger(input.photoCount)
  if (!wellFormed) return refused({}, "invalid")
  const family = familyOf(values.category)
  const invalid = firstInvalidStep(values, { family, photoCount: input.photoCount })
  if (invalid || !family) return refused(invalid?.errors ?? { category: "required" })
  try {
    if (!productId) {
      const t = await getTranslations({ locale: values.language, namespace: "PortalListings.wizard" })
      const product = await createVendorProduct(createBody(values, family, t("defaultVariant")))
      return { ok: true, id: product.id, images: product.images }
    }
    const current = await retrieveVendorProduct(productId)
    if (!current) return refused({}, "not_found")
    let product = current
    const body = updateBody(values, family, withPendingChanges(current), images)
    if (body) product = await updateVendorProduct(productId, body)
    const prices = priceChanges(values, current)
    if (prices.length) product = await setVendorPrices(productId, prices)
    const stock = stockChanges(values, family, current)
    if (stock.length) product = await setVendorStock(productId, stock)
    return { ok: true, id: product.id, images: withPendingChanges(product).images }
  } catch (error) {
    const failure = failed("listing save", error)
    const errors = failure === "invalid" && error instanceof Error ? backendFieldErrors(error.message, values.language) : {}
    return refused(errors, Object.keys(errors).length ? null : failure)
  }
}

/**
 * Puts the listing's photos in the member's order once all are uploaded (each upload adds its
 * photo at the end; the first photo is the one the shop shows).
 */
export async function orderListingImages(productId: string, images: string[]): Promise<{ ok: true } | { ok: false; failure: ListingFailure }> {
  if (!isProductId(productId) || !Array.isArray(images) || !images.every((url) => typeof url === "string")) return { ok: false, failure: "invalid" }
  try {
    await updateVendorProduct(productId, { images })
    return { ok: true }
  } catch (error) {
    return { ok: false, failure: failed("listing photo order", error) }
  }
}
