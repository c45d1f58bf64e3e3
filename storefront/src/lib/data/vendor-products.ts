import "server-only"
import type { CreateListingBody, UpdateListingBody } from "../listing-body"
import type { ListingState, VendorProduct, VendorProductPage } from "../listing-product"
import { isNotFound } from "./sdk"
import { vendorFetch } from "./vendor"

// Every call is the logged-in member's, on their own cooperative's products (the backend scopes
// them and answers 404 for anyone else's); `vendorFetch` never caches.

type ProductAnswer = { product: VendorProduct }

/** One page of the cooperative's listings, newest first, optionally in one state. */
export function listVendorProducts(query: { state?: ListingState; limit: number; offset: number }): Promise<VendorProductPage> {
  return vendorFetch<VendorProductPage>("/vendor/products", { query })
}

/** One listing of the member's cooperative; `null` when it does not exist or is another's (404). */
export async function retrieveVendorProduct(id: string): Promise<VendorProduct | null> {
  try {
    return (await vendorFetch<ProductAnswer>(`/vendor/products/${encodeURIComponent(id)}`)).product
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Creates a draft listing. */
export async function createVendorProduct(body: CreateListingBody): Promise<VendorProduct> {
  return (await vendorFetch<ProductAnswer>("/vendor/products", { method: "POST", body })).product
}

/** Changes texts, category, images or provenance (a live listing's change waits for staff). */
export async function updateVendorProduct(id: string, body: UpdateListingBody): Promise<VendorProduct> {
  return (await vendorFetch<ProductAnswer>(`/vendor/products/${encodeURIComponent(id)}`, { method: "POST", body })).product
}

/** New prices of some variants (MAD, the portal's currency). */
export async function setVendorPrices(id: string, variants: { id: string; prices: { mad: number } }[]): Promise<VendorProduct> {
  return (await vendorFetch<ProductAnswer>(`/vendor/products/${encodeURIComponent(id)}/price`, { method: "POST", body: { variants } })).product
}

/** New stock of some variants. */
export async function setVendorStock(id: string, variants: { id: string; stock: number }[]): Promise<VendorProduct> {
  return (await vendorFetch<ProductAnswer>(`/vendor/products/${encodeURIComponent(id)}/stock`, { method: "POST", body: { variants } })).product
}

/** Moves a listing through review: submit (draft or rejected), withdraw (in review), archive. */
export async function moveVendorProduct(id: string, move: "submit" | "withdraw" | "archive"): Promise<void> {
  await vendorFetch(`/vendor/products/${encodeURIComponent(id)}/${move}`, { method: "POST", body: {} })
}

/** Deletes a draft that was never live. */
export async function deleteVendorProduct(id: string): Promise<void> {
  await vendorFetch(`/vendor/products/${encodeURIComponent(id)}`, { method: "DELETE" })
}
