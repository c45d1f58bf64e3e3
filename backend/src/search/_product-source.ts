import type { SearchTypes } from "@medusajs/framework/types"
import { isLocale } from "@tiwizi/locale"
import { isSearchable, toProductDocument, type ProductRow, type Translations } from "./_product-document"

type Query = SearchTypes.SearchContainer["query"]

/** What the index reads of a product through `query.graph`: lean, one page at a time. */
export const productGraphFields = [
  "id",
  "handle",
  "status",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "created_at",
  "sales_channels.id",
  "categories.handle",
  "collection.id",
  "collection.handle",
  "collection.title",
  "tags.value",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "cooperative.id",
  "cooperative.handle",
  "cooperative.name",
  "cooperative.status",
  "cooperative.province",
  "cooperative.commune",
  "cooperative.women_led",
  "cooperative.rural",
  "provenance.village",
  "provenance.technique",
  "provenance.materials",
  "provenance.dye_kind",
  "provenance.dyes",
  "provenance.width_cm",
  "provenance.length_cm",
  "provenance.one_of_a_kind",
  "provenance.weaver_names",
  "provenance.weaver_consent",
  "listing.state",
]

/**
 * The Arabic and English texts of the products, collections and cooperatives on a page, in one
 * read of the Translation Module (French is the records' own text).
 */
async function loadTranslations(query: Query, rows: ProductRow[]): Promise<Translations> {
  const ids = [
    ...new Set(rows.flatMap((row) => [row.id, row.collection?.id, row.cooperative?.id]).filter((id): id is string => !!id)),
  ]
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "locale_code", "translations"],
    filters: { reference_id: ids },
  })
  const byRecord: Translations = new Map()
  for (const translation of data as { reference_id: string; locale_code: string; translations: Record<string, string> | null }[]) {
    if (!isLocale(translation.locale_code) || !translation.translations) continue
    const texts = byRecord.get(translation.reference_id) ?? {}
    texts[translation.locale_code] = translation.translations
    byRecord.set(translation.reference_id, texts)
  }
  return byRecord
}

/**
 * Turns a page of product rows into index documents. Rows that must not be found (not live, or
 * their cooperative is not approved) get no document, which the Search Module turns into a delete.
 */
export async function toProductDocuments(rows: ProductRow[], context: SearchTypes.SearchIngestionContext) {
  const searchable = rows.filter(isSearchable)
  if (!searchable.length) return []
  const translations = await loadTranslations(context.container.query, searchable)
  return searchable.map((row) => toProductDocument(row, translations))
}
