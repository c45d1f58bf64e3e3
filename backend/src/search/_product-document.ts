import { categories, dyeOf, isCategoryHandle, materialOf, rootOf, sizeBandOf, techniqueOf } from "@tiwizi/crafts"
import { locales, type Locale, type Translated } from "@tiwizi/locale"
import { expandSynonyms, normalizeText } from "@tiwizi/search-text"

/** The product as the index reads it from `query.graph` (see `productGraphFields`). */
export type ProductRow = {
  id: string
  handle: string
  status: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  created_at: string | Date
  sales_channels?: ({ id: string } | null)[] | null
  categories?: ({ handle: string } | null)[] | null
  collection?: { id: string; handle: string; title: string } | null
  tags?: ({ value: string } | null)[] | null
  variants?: (VariantRow | null)[] | null
  cooperative?: CooperativeRow | null
  provenance?: ProvenanceRow | null
  listing?: { state: string } | null
}

type VariantRow = {
  manage_inventory: boolean
  allow_backorder: boolean
  prices?: ({ amount: number | string; currency_code: string; rules_count?: number | null } | null)[] | null
  inventory_items?: ({ inventory?: { location_levels?: (Level | null)[] | null } | null } | null)[] | null
}
type Level = { stocked_quantity: number; reserved_quantity: number }

type CooperativeRow = {
  id: string
  handle: string
  name: string
  status: string
  province: string
  commune: string
  women_led: boolean
  rural: boolean
}

type ProvenanceRow = {
  village: string | null
  technique: string
  materials: string[] | null
  dye_kind: string | null
  dyes: string[] | null
  width_cm: number | null
  length_cm: number | null
  one_of_a_kind: boolean
  weaver_names: string[] | null
  weaver_consent: boolean
}

/** Texts of records in Arabic and English, keyed by record id then field; French is the record itself. */
export type Translations = Map<string, Partial<Record<Locale, Record<string, string>>>>

/** The currencies a product is priced in, one price field each. */
export const searchCurrencies = ["mad", "eur", "usd"] as const

const DYE_KIND_WORDS: Record<string, Translated> = {
  natural: { fr: "teinture naturelle", ar: "صباغة طبيعية", en: "natural dye" },
  undyed: { fr: "laine non teinte couleur naturelle", ar: "غير مصبوغ لون طبيعي", en: "undyed natural colour" },
  synthetic: { fr: "teinture synthétique", ar: "صباغة اصطناعية", en: "synthetic dye" },
}
const WOMEN_LED: Translated = { fr: "coopérative de femmes", ar: "تعاونية نسائية", en: "women-led cooperative" }

/**
 * Whether a product belongs in the search index: live, in a sales channel, and sold by an
 * approved cooperative.
 * Anything else is left out, which the Search Module turns into a delete. A product without a
 * listing (seeded, or made by staff) is live when published, as `ensureListingWorkflow` reads it.
 */
export function isSearchable(row: ProductRow): boolean {
  const live = row.status === "published" && (!row.listing || row.listing.state === "live")
  return live && row.cooperative?.status === "approved" && compact(row.sales_channels).length > 0
}

function translated(translations: Translations, id: string | undefined, field: string, french: string | null | undefined): Translated {
  const texts = id ? translations.get(id) : undefined
  return {
    fr: french ?? "",
    ar: texts?.ar?.[field] ?? "",
    en: texts?.en?.[field] ?? "",
  }
}

function compact<T>(values: (T | null | undefined)[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => value !== null && value !== undefined)
}

/** The lowest price in each currency across the variants, ignoring prices with rules (tiers, regions). */
function lowestPrices(variants: VariantRow[]): Record<(typeof searchCurrencies)[number], number | null> {
  const lowest = { mad: null, eur: null, usd: null } as Record<(typeof searchCurrencies)[number], number | null>
  for (const price of variants.flatMap((variant) => compact(variant.prices))) {
    const currency = price.currency_code.toLowerCase() as (typeof searchCurrencies)[number]
    if (!(currency in lowest) || (price.rules_count ?? 0) > 0) continue
    const amount = Number(price.amount)
    if (lowest[currency] === null || amount < lowest[currency]!) lowest[currency] = amount
  }
  return lowest
}

function inStock(variants: VariantRow[]): boolean {
  return variants.some((variant) => {
    if (!variant.manage_inventory || variant.allow_backorder) return true
    const levels = compact(variant.inventory_items).flatMap((item) => compact(item.inventory?.location_levels))
    return levels.reduce((sum, level) => sum + level.stocked_quantity - level.reserved_quantity, 0) > 0
  })
}

/** The category handles a product is found under: its own and their parents ("tapis" for a zayane). */
function categoryHandles(row: ProductRow): string[] {
  const own = compact(row.categories).map((category) => category.handle)
  return [...new Set(own.flatMap((handle) => (isCategoryHandle(handle) ? [handle, rootOf(handle)] : [handle])))]
}

/**
 * The words of a product in one locale: the labels of its categories, technique, materials and
 * dyes from `@tiwizi/crafts`, its collection and cooperative.
 */
function attributeText(row: ProductRow, locale: Locale, translations: Translations): string {
  const provenance = row.provenance
  const parts = [
    ...categoryHandles(row).flatMap((handle) => categories.filter((c) => c.handle === handle).map((c) => c.label[locale])),
    translated(translations, row.collection?.id, "title", row.collection?.title)[locale],
    translated(translations, row.cooperative?.id, "name", row.cooperative?.name)[locale],
    row.cooperative?.women_led ? WOMEN_LED[locale] : "",
  ]
  if (provenance) {
    parts.push(techniqueOf(provenance.technique).label[locale])
    parts.push(...compact(provenance.materials).map((code) => materialOf(code).label[locale]))
    parts.push(...compact(provenance.dyes).flatMap((code) => [dyeOf(code).label[locale], dyeOf(code).shade[locale]]))
    if (provenance.dye_kind) parts.push(DYE_KIND_WORDS[provenance.dye_kind]?.[locale] ?? "")
  }
  return parts.filter(Boolean).join(" ")
}

/**
 * One product as the search index holds it. Display fields are returned on hits as they are;
 * `search_*` fields hold the same texts in the search normal form (`@tiwizi/search-text`),
 * which every provider matches against, and are never returned: titles, then `search_terms`
 * (what the product is: category, technique, materials, dyes, cooperative, places, and the
 * synonyms all of its text brings, so a query in any language or spelling finds it with exact
 * matching), then subtitles and descriptions (`search_text_*`), which match but weigh least.
 */
export function toProductDocument(row: ProductRow, translations: Translations) {
  const variants = compact(row.variants)
  const provenance = row.provenance ?? null
  const cooperative = row.cooperative ?? null
  const title = translated(translations, row.id, "title", row.title)
  const subtitle = translated(translations, row.id, "subtitle", row.subtitle)
  const description = translated(translations, row.id, "description", row.description)
  const prices = lowestPrices(variants)
  const size =
    provenance?.width_cm && provenance.length_cm ? sizeBandOf(provenance.width_cm, provenance.length_cm) : null

  const places = [cooperative?.province, cooperative?.commune, provenance?.village].filter(Boolean).join(" ")
  const people = provenance?.weaver_consent ? compact(provenance.weaver_names).join(" ") : ""
  const tags = compact(row.tags).map((tag) => tag.value).join(" ")
  const attributes = locales.map((locale) => attributeText(row, locale, translations)).join(" ")
  const body = Object.fromEntries(
    locales.map((locale) => [locale, normalizeText([subtitle[locale], description[locale]].join(" "))]),
  ) as Translated
  const everything = [...locales.flatMap((locale) => [title[locale], body[locale]]), attributes, places, tags].join(" ")

  return {
    id: row.id,
    handle: row.handle,
    title_fr: title.fr,
    title_ar: title.ar,
    title_en: title.en,
    thumbnail: row.thumbnail,
    cooperative_handle: cooperative?.handle ?? null,
    cooperative_name: cooperative?.name ?? null,
    province: cooperative?.province ?? null,
    commune: cooperative?.commune ?? null,
    category_handles: categoryHandles(row),
    collection_handle: row.collection?.handle ?? null,
    technique: provenance?.technique ?? null,
    materials: compact(provenance?.materials),
    dye_kind: provenance?.dye_kind ?? null,
    dyes: compact(provenance?.dyes),
    size_band: size,
    width_cm: provenance?.width_cm ?? null,
    length_cm: provenance?.length_cm ?? null,
    price_mad: prices.mad,
    price_eur: prices.eur,
    price_usd: prices.usd,
    women_led: cooperative?.women_led ?? false,
    rural: cooperative?.rural ?? false,
    one_of_a_kind: provenance?.one_of_a_kind ?? false,
    in_stock: inStock(variants),
    created_at: new Date(row.created_at).toISOString(),
    search_title_fr: normalizeText(title.fr),
    search_title_ar: normalizeText(title.ar),
    search_title_en: normalizeText(title.en),
    search_text_fr: body.fr,
    search_text_ar: body.ar,
    search_text_en: body.en,
    search_terms: normalizeText([attributes, places, people, tags, ...expandSynonyms(everything)].join(" ")),
  }
}

export type ProductDocument = ReturnType<typeof toProductDocument>
