import { isNaturallyDyed, type DyeCode, type MaterialCode, type TechniqueCode } from "@tiwizi/crafts"
import type { Translated } from "@tiwizi/locale"
import { profileOf } from "../cooperatives"
import type { CooperativeProfile } from "../cooperatives/profile"
import { pricesFromMad } from "../prices"
import { coloursSentence, paragraph } from "../text"
import type { SeedProduct } from "../types"

/** One variant: the value as shown, its dirham price, its shipping weight and, if not the family's, its stock. */
export type VariantRow = [value: string, mad: number, weightGrams: number, stock?: number]

/** One product of a family of goods, with the sentences only it has. */
export type GoodsRow = {
  handle: string
  cooperative: string
  title: Translated
  subtitle: Translated
  /** One or two sentences on the piece itself; the maker's sentence comes before them. */
  detail: Translated
  technique?: TechniqueCode
  materials: MaterialCode[]
  dyes?: DyeCode[]
  widthCm?: number
  lengthCm?: number
  heightCm?: number
  variants: VariantRow[]
  tags: string[]
  collections?: string[]
  oneOfAKind?: boolean
  option?: Translated
}

/** What a category's goods share: SKU prefix, variant axis, usual stock and who makes them. */
export type GoodsFamily = {
  category: string
  skuCode: string
  option: Translated
  stock: number
  maker: (cooperative: CooperativeProfile, row: GoodsRow) => Translated
  /** Whether the description names the colours (textiles, leather) or not (food, glazes). */
  namesColours: boolean
}

/** Turns a family's rows into products, numbering SKUs in row order ("TWZ-MIEL-0003-250G"). */
export function buildGoods(family: GoodsFamily, rows: GoodsRow[]): SeedProduct[] {
  return rows.map((row, index) => buildProduct(family, row, index + 1))
}

function buildProduct(family: GoodsFamily, row: GoodsRow, number: number): SeedProduct {
  const dyes = row.dyes ?? []
  const oneOfAKind = row.oneOfAKind ?? false
  const base = `TWZ-${family.skuCode}-${String(number).padStart(4, "0")}`
  const naturalWool = row.materials.includes("wool") && isNaturallyDyed(dyes)
  return {
    handle: row.handle,
    category: family.category,
    collections: [...(row.collections ?? []), ...(naturalWool ? ["teintures-naturelles"] : [])],
    cooperative: row.cooperative,
    title: row.title,
    subtitle: row.subtitle,
    description: paragraph(
      family.maker(profileOf(row.cooperative), row),
      row.detail,
      ...(family.namesColours && dyes.length ? [coloursSentence(dyes)] : []),
    ),
    technique: row.technique,
    materials: row.materials,
    dyes,
    widthCm: row.widthCm,
    lengthCm: row.lengthCm,
    heightCm: row.heightCm,
    oneOfAKind,
    option: row.option ?? family.option,
    variants: row.variants.map(([value, mad, weightGrams, stock]) => ({
      sku: row.variants.length > 1 ? `${base}-${skuSuffix(value)}` : base,
      value,
      prices: pricesFromMad(mad),
      stock: oneOfAKind ? 1 : (stock ?? family.stock),
      weightGrams,
    })),
    tags: [...new Set([...row.tags, ...(oneOfAKind ? ["piece-unique"] : [])])],
  }
}

/** "250 g" → "250G", "Ø 30 cm" → "30CM", "39" → "39". */
function skuSuffix(value: string): string {
  return value
    .normalize("NFD")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
}
