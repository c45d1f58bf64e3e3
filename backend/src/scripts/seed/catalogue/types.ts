import type { Translated } from "@tiwizi/locale"
export type Prices = { mad: number; eur: number; usd: number } // major units, tax included
export type SeedVariant = {
  sku: string            // unique, upper-case, e.g. "TWZ-ZAY-0001" or "TWZ-MIEL-0003-250"
  value: string          // the option value as shown, e.g. "155 × 240 cm" or "250 g"
  prices: Prices
  stock: number          // 1 for a one-of-a-kind carpet
  weightGrams: number
}
export type SeedProduct = {
  handle: string         // url slug, unique
  category: string       // a leaf category handle from @tiwizi/crafts
  collections: string[]  // collection handles from collections.ts
  cooperative: string    // a cooperative handle from cooperatives.ts
  title: Translated
  subtitle: Translated   // short line, e.g. "Tapis zayane noué main, 155 × 240 cm"
  description: Translated
  technique?: string     // a technique code from @tiwizi/crafts
  materials: string[]    // material codes
  dyes: string[]         // dye codes (may be empty for non-dyed goods)
  widthCm?: number; lengthCm?: number; heightCm?: number
  oneOfAKind: boolean
  option: Translated     // the variant axis, e.g. {fr:"Dimensions", ar:"المقاس", en:"Size"} or {fr:"Format",...}
  variants: SeedVariant[] // at least one; several for e.g. honey 250 g / 500 g
  tags: string[]         // lower-case French words, e.g. ["laine", "teinture-naturelle"]
}
export type SeedCooperative = { handle: string; name: string; province: string; region: string; commune: string; foundedYear: number; members: number; womenMembers: number; womenLed: boolean; rural: boolean; story: Translated }
export type SeedCollection = { handle: string; title: Translated; description: Translated }
