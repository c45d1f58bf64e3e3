import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { currencies } from "@tiwizi/locale"
import { LISTING_MODULE } from "../../../modules/listing"
import type { TranslatedText } from "../../../modules/listing/changes"
import type { ListingState } from "../../../modules/listing/models/listing"
import type ListingModuleService from "../../../modules/listing/service"
import { readTexts, translatedField } from "../../../workflows/listing/product-texts"

const productFields = [
  "id",
  "handle",
  "status",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.url",
  "images.rank",
  "categories.handle",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.weight",
  "variants.prices.currency_code",
  "variants.prices.amount",
  "variants.prices.rules_count",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "listing.id",
  "listing.state",
  "listing.rejection_reason",
  "listing.submitted_at",
  "listing.decided_at",
  "listing.first_live_at",
  "listing.archived_at",
  "provenance.*",
]

const texts = ["title", "subtitle", "description"] as const

type ListingRow = {
  id: string
  state: ListingState
  rejection_reason: string | null
  submitted_at: string | null
  decided_at: string | null
  first_live_at: string | null
  archived_at: string | null
}
type Level = { stocked_quantity: number; reserved_quantity: number } | null
type Row = {
  id: string
  status: string
  images?: ({ url: string; rank: number } | null)[] | null
  categories?: ({ handle: string } | null)[] | null
  variants?: ((VariantInventory & {
    id: string
    title: string
    sku: string | null
    weight: number | null
    prices?: ({ currency_code: string; amount: number; rules_count?: number | null } | null)[] | null
  }) | null)[]
  listing?: ListingRow | null
  [field: string]: unknown
}

/**
 * A product's listing state; a product made before listings existed, or by staff, has none yet
 * and reads as the store shows it (published is live), as `ensureListingWorkflow` will record it.
 */
export function listingStateOf(product: { status: string; listing?: { state: ListingState } | null }): ListingState {
  return product.listing?.state ?? (product.status === "published" ? "live" : "draft")
}

/** The inventory of a variant as the product graph reads it (`inventory_items.inventory.location_levels`). */
export type VariantInventory = { inventory_items?: ({ inventory?: { location_levels?: Level[] | null } | null } | null)[] | null }

function sum(levels: Level[], field: "stocked_quantity" | "reserved_quantity"): number {
  return levels.reduce((total, level) => total + Number(level?.[field] ?? 0), 0)
}

/** Pieces in stock and reserved by orders, over every stock location. */
export function stockOf(variant: VariantInventory): { stock: number; reserved: number } {
  const levels = (variant.inventory_items ?? []).flatMap((item) => item?.inventory?.location_levels ?? [])
  return { stock: sum(levels, "stocked_quantity"), reserved: sum(levels, "reserved_quantity") }
}

/**
 * Cooperative products as the portal shows them, in the order of `ids`: texts in the languages
 * given, in the shape the update route takes (`{ fr?, ar?, en? }`, see `readTexts`), category
 * handle, images in display order, variants with base prices per currency and stock, the listing
 * (with staff's `rejection_reason`), the latest revision (pending, or decided with its reason)
 * and the provenance. Callers pass only ids the member may see.
 */
export async function readVendorProducts(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: productFields, filters: { id: ids } })
  const rows = data as Row[]
  const translations = await scope
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference: "product", reference_id: ids }, { select: ["reference_id", "locale_code", "translations"] })
  const listingIds = rows.flatMap((row) => (row.listing ? [row.listing.id] : []))
  const revisions = listingIds.length
    ? await scope
        .resolve<ListingModuleService>(LISTING_MODULE)
        .listListingRevisions(
          { listing_id: listingIds },
          { select: ["id", "listing_id", "status", "changes", "reason", "created_at", "decided_at"], order: { created_at: "DESC" }, take: null },
        )
    : []

  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => {
    const row = byId.get(id)
    if (!row) return []
    const listing = row.listing
    const own = translations.filter((translation) => translation.reference_id === id)
    const textOf = (field: (typeof texts)[number]): TranslatedText => readTexts(row[field] as string | null, translatedField(own, field))
    const latest = listing ? revisions.find((revision) => revision.listing_id === listing.id) : undefined
    return [
      {
        id: row.id,
        handle: row.handle,
        status: row.status,
        thumbnail: row.thumbnail,
        ...Object.fromEntries(texts.map((field) => [field, textOf(field)])),
        category: row.categories?.find((category) => !!category)?.handle ?? null,
        images: (row.images ?? [])
          .filter((image) => !!image)
          .sort((a, b) => a.rank - b.rank)
          .map((image) => image.url),
        variants: (row.variants ?? [])
          .filter((variant) => !!variant)
          .map((variant) => {
            const base = (variant.prices ?? []).filter((price) => !!price && !price.rules_count)
            return {
              id: variant.id,
              title: variant.title,
              sku: variant.sku,
              weight_grams: variant.weight,
              prices: Object.fromEntries(
                currencies.flatMap((currency) => {
                  const price = base.find((candidate) => candidate!.currency_code === currency)
                  return price ? [[currency, Number(price.amount)]] : []
                }),
              ),
              ...stockOf(variant),
            }
          }),
        listing: {
          id: listing?.id ?? null,
          state: listingStateOf(row),
          rejection_reason: listing?.rejection_reason ?? null,
          submitted_at: listing?.submitted_at ?? null,
          decided_at: listing?.decided_at ?? null,
          first_live_at: listing?.first_live_at ?? null,
          archived_at: listing?.archived_at ?? null,
        },
        revision: latest
          ? {
              id: latest.id,
              status: latest.status,
              changes: latest.changes,
              reason: latest.reason,
              created_at: latest.created_at,
              decided_at: latest.decided_at,
            }
          : null,
        provenance: row.provenance ?? null,
        created_at: row.created_at,
        updated_at: row.updated_at,
      },
    ]
  })
}

/** One product as the portal shows it; NOT_FOUND if it is gone (deleted meanwhile). */
export async function readVendorProduct(scope: MedusaContainer, id: string) {
  const [product] = await readVendorProducts(scope, [id])
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  return product
}
