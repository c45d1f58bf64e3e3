import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { isCarpetCategory } from "@tiwizi/crafts"
import { isSearchable, toProductDocument, type ProductRow, type Translations } from "../search/_product-document"
import { productGraphFields } from "../search/_product-source"
import { carpetNames } from "./seed/catalogue/carpets/names"
import { retailRound, roundCarpetPrice } from "./seed/catalogue/prices"
import { progressBar } from "./seed/progress"

/** Documents per `upsertDocuments` call: the Search Module's own reindex writes batches of this order. */
const BATCH_SIZE = 1000
/** One seed for every size, so the first 10,000 documents of the 100,000 are the 10,000 run. */
const SEED = 0x7a1b1
const DAY_MS = 86_400_000
/** Products appear over the two years before this date. */
const NEWEST = Date.UTC(2026, 5, 1)

type Rng = () => number
type Texts = { title: string; subtitle: string; description: string }
type Template = { row: ProductRow; ar: Texts; en: Texts }

/** mulberry32: tiny, fast and the same sequence on every machine. */
function seededRng(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]

// Syllables of Tamazight names in Latin and Arabic letters ("Ti" + "zi" + "ri" → Tiziri, تيزيري):
// some 9,000 names, so the vocabulary grows with the catalogue as a real one would.
const HEADS = [["Ta", "تا"], ["Ti", "تي"], ["A", "أ"], ["I", "إي"], ["Tu", "تو"]] as const
const MIDDLES = [
  ["zi", "زي"], ["ri", "ري"], ["fa", "فا"], ["wa", "وا"], ["ma", "ما"], ["sa", "سا"], ["gha", "غا"], ["na", "نا"],
  ["la", "لا"], ["ya", "يا"], ["mu", "مو"], ["du", "دو"], ["ka", "كا"], ["ra", "را"], ["di", "دي"], ["nu", "نو"],
] as const
const TAILS = [["t", "ت"], ["n", "ن"], ["r", "ر"], ["l", "ل"], ["", ""], ["ine", "ين"], ["ert", "رت"]] as const
const KNOWN_NAMES = Object.values(carpetNames)

/** A name for a piece: one of the catalogue's rug names one time in five, otherwise a made-up one. */
function pieceName(rng: Rng): readonly [string, string] {
  if (rng() < 0.2) return pick(rng, KNOWN_NAMES)
  const parts = [pick(rng, HEADS), pick(rng, MIDDLES), ...(rng() < 0.6 ? [pick(rng, MIDDLES)] : []), pick(rng, TAILS)]
  return [parts.map((part) => part[0]).join(""), parts.map((part) => part[1]).join("")]
}

const slug = (text: string) => text.normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()

/** The title with the piece's name in place of the template's, or added when it has none. */
function renamed(title: string, name: string, [open, close]: readonly [string, string]): string {
  const quoted = new RegExp(`${open}[^${close}]+${close}`)
  return quoted.test(title) ? title.replace(quoted, `${open}${name}${close}`) : `${title} ${open}${name}${close}`
}

const QUOTES = { fr: ["« ", " »"], ar: ["«", "»"], en: ["“", "”"] } as const
const resized = (text: string, width: number, length: number) => text.replace(/\d+ × \d+/g, `${width} × ${length}`)

/**
 * Product `n` of the synthetic catalogue, as the index would read it from `query.graph`: a real
 * seeded product (its cooperative, category, collections, provenance and texts) given a new
 * name, a new size and price for a carpet, a price change for other goods, its own stock and a
 * creation date in the last two years. Returns the row and its Arabic and English texts.
 */
function syntheticProduct(rng: Rng, n: number, templates: Template[]): { row: ProductRow; ar: Texts; en: Texts } {
  const { row: template, ar, en } = pick(rng, templates)
  const [latin, arabic] = pieceName(rng)
  const carpet = (template.categories ?? []).some((category) => category && isCarpetCategory(category.handle))
  const provenance = template.provenance ? { ...template.provenance } : null
  let factor = 0.75 + rng() * 0.6
  if (carpet && provenance?.width_cm && provenance.length_cm) {
    const width = 60 + 10 * Math.floor(rng() * 25)
    const length = width + 10 * Math.floor(rng() * 21)
    factor *= (width * length) / (provenance.width_cm * provenance.length_cm)
    provenance.width_cm = width
    provenance.length_cm = length
  }
  const size = (text: string) => (provenance?.width_cm && provenance.length_cm ? resized(text, provenance.width_cm, provenance.length_cm) : text)
  const inStock = rng() < 0.88
  const variants = (template.variants ?? []).map((variant) =>
    variant && {
      ...variant,
      prices: (variant.prices ?? []).map((price) => {
        const amount = Number(price?.amount ?? 0) * factor
        return price && { ...price, amount: carpet ? Math.max(300, roundCarpetPrice(amount)) : retailRound(amount) }
      }),
      inventory_items: (variant.inventory_items ?? []).map(() => ({
        inventory: { location_levels: [{ stocked_quantity: inStock ? 1 + Math.floor(rng() * 30) : 0, reserved_quantity: 0 }] },
      })),
    },
  )
  const texts = (locale: "fr" | "ar" | "en", own: Texts, name: string): Texts => ({
    title: renamed(own.title, name, QUOTES[locale]),
    subtitle: size(own.subtitle),
    description: own.description,
  })
  const fr = texts("fr", { title: template.title, subtitle: template.subtitle ?? "", description: template.description ?? "" }, latin)
  const row: ProductRow = {
    ...template,
    id: `prod_bench${String(n).padStart(7, "0")}`,
    handle: `${template.handle}-${slug(latin)}-${n}`,
    ...fr,
    created_at: new Date(NEWEST - Math.floor(rng() * 730 * DAY_MS)),
    variants,
    provenance,
  }
  return { row, ar: texts("ar", ar, arabic), en: texts("en", en, latin) }
}

/** The searchable seeded products with their Arabic and English texts, and every translation they use. */
async function loadTemplates({ container }: Pick<ExecArgs, "container">): Promise<{ templates: Template[]; translations: Translations }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: productGraphFields })
  // Sorted, so that the same seed draws the same products whatever order the database returns.
  const rows = (data as ProductRow[]).filter(isSearchable).sort((a, b) => (a.handle < b.handle ? -1 : 1))
  const ids = [...new Set(rows.flatMap((row) => [row.id, row.collection?.id, row.cooperative?.id]).filter((id): id is string => !!id))]
  const stored = await container.resolve(Modules.TRANSLATION).listTranslations({ reference_id: ids }, { take: null })
  const translations: Translations = new Map()
  for (const { reference_id, locale_code, translations: texts } of stored) {
    if ((locale_code !== "ar" && locale_code !== "en") || !texts) continue
    translations.set(reference_id, { ...translations.get(reference_id), [locale_code]: texts as Record<string, string> })
  }
  const textsOf = (row: ProductRow, locale: "ar" | "en"): Texts => {
    const own = translations.get(row.id)?.[locale] ?? {}
    return { title: own.title ?? "", subtitle: own.subtitle ?? "", description: own.description ?? "" }
  }
  return { templates: rows.map((row) => ({ row, ar: textsOf(row, "ar"), en: textsOf(row, "en") })), translations }
}

const seconds = (from: number) => (performance.now() - from) / 1000

/**
 * `npm run bench:search` runs this once per catalogue size: `medusa exec
 * ./src/scripts/bench-search-load.ts <documents> <result file>`. It rebuilds the product index
 * from the seeded catalogue (which also clears the previous size's documents, and is timed as
 * the reference figure of a real reindex), then writes `<documents>` synthetic products into it
 * through the Search Module, `BATCH_SIZE` at a time, and writes the timings as JSON.
 */
export default async function benchSearchLoad({ container, args }: ExecArgs): Promise<void> {
  const [documents, resultFile] = [Number(args[0]), args[1]]
  if (!Number.isInteger(documents) || documents <= 0 || !resultFile) {
    throw new Error("usage: medusa exec ./src/scripts/bench-search-load.ts <documents> <result file>")
  }
  const search = container.resolve(Modules.SEARCH)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  let started = performance.now()
  await search.reindex({ index: "product" })
  const reindex = { seconds: seconds(started) }
  const { templates, translations } = await loadTemplates({ container })
  logger.info(`Rebuilt the product index from ${templates.length} seeded products in ${reindex.seconds.toFixed(1)} s.`)

  const rng = seededRng(SEED)
  const bar = progressBar("documents", documents)
  let generateSeconds = 0
  let loadSeconds = 0
  const wall = performance.now()
  for (let first = 0; first < documents; first += BATCH_SIZE) {
    started = performance.now()
    const batch = Array.from({ length: Math.min(BATCH_SIZE, documents - first) }, (_, i) => {
      const { row, ar, en } = syntheticProduct(rng, first + i, templates)
      translations.set(row.id, { ar, en })
      const document = toProductDocument(row, translations)
      translations.delete(row.id)
      return document
    })
    generateSeconds += seconds(started)
    started = performance.now()
    await search.upsertDocuments({ index: "product", documents: batch })
    loadSeconds += seconds(started)
    bar.tick(batch.length)
  }
  bar.stop()
  const [index] = (await search.listIndexes()).filter((entry) => entry.name === "product")
  const result = {
    provider: index?.provider,
    catalogue_products: templates.length,
    reindex_seconds: reindex.seconds,
    documents,
    batch_size: BATCH_SIZE,
    generate_seconds: generateSeconds,
    load_seconds: loadSeconds,
    wall_seconds: seconds(wall),
  }
  writeFileSync(resultFile, JSON.stringify(result, null, 2))
}
