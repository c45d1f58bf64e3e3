import {
  dyeOf,
  isCarpetCategory,
  isCategoryHandle,
  isDye,
  isLeafCategory,
  isMaterial,
  isTechnique,
  rootOf,
} from "@tiwizi/crafts"
import { locales, type Translated } from "@tiwizi/locale"
import { describe, expect, it } from "vitest"
import { collections, cooperatives, products } from "./index"

const ARABIC_LETTER = /[\u0621-\u064a]/
const carpets = products.filter((product) => isCarpetCategory(product.category))

function expectTranslated(text: Translated, what: string): void {
  for (const locale of locales) expect(text[locale]?.trim(), `${what} (${locale})`).toBeTruthy()
  expect(text.ar, `${what} (ar)`).toMatch(ARABIC_LETTER)
  expect(text.fr, `${what} (fr)`).not.toMatch(ARABIC_LETTER)
  expect(text.en, `${what} (en)`).not.toMatch(ARABIC_LETTER)
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index)
}

describe("catalogue size", () => {
  it("has at least 150 products, 60 of them carpets spread over the five families", () => {
    expect(products.length).toBeGreaterThanOrEqual(150)
    expect(carpets.length).toBeGreaterThanOrEqual(60)
    for (const family of ["tapis-zayane", "hanbel", "boucherouite", "tapis-beni-mellal", "tapis-rbati"]) {
      expect(carpets.filter((carpet) => carpet.category === family).length, family).toBeGreaterThanOrEqual(8)
    }
  })

  it("represents every other leaf category with several products", () => {
    for (const category of ["poterie", "vannerie", "textiles", "cuir", "argan", "miel", "couscous", "safran"]) {
      expect(products.filter((product) => product.category === category).length, category).toBeGreaterThanOrEqual(5)
    }
  })
})

describe("identifiers", () => {
  it("uses unique url-safe handles and unique upper-case SKUs", () => {
    const handles = products.map((product) => product.handle)
    expect(duplicates(handles)).toEqual([])
    for (const handle of handles) expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const skus = products.flatMap((product) => product.variants.map((variant) => variant.sku))
    expect(duplicates(skus)).toEqual([])
    for (const sku of skus) expect(sku).toMatch(/^TWZ-[A-Z]+-\d{4}(-[A-Z0-9]+)?$/)
  })

  it("gives every product a distinct title in each language", () => {
    for (const locale of locales) expect(duplicates(products.map((product) => product.title[locale]))).toEqual([])
  })

  it("uses unique cooperative and collection handles", () => {
    expect(duplicates(cooperatives.map((cooperative) => cooperative.handle))).toEqual([])
    expect(duplicates(collections.map((collection) => collection.handle))).toEqual([])
  })
})

describe("references", () => {
  const cooperativeHandles = new Set(cooperatives.map((cooperative) => cooperative.handle))
  const collectionHandles = new Set(collections.map((collection) => collection.handle))

  it.each(products.map((product) => [product.handle, product] as const))("%s names only known codes", (_, product) => {
    expect(isCategoryHandle(product.category) && isLeafCategory(product.category), product.category).toBe(true)
    expect(cooperativeHandles.has(product.cooperative), product.cooperative).toBe(true)
    for (const collection of product.collections) expect(collectionHandles.has(collection), collection).toBe(true)
    expect(duplicates(product.collections)).toEqual([])
    if (product.technique !== undefined) expect(isTechnique(product.technique), product.technique).toBe(true)
    expect(product.materials.length).toBeGreaterThan(0)
    for (const material of product.materials) expect(isMaterial(material), material).toBe(true)
    for (const dye of product.dyes) expect(isDye(dye), dye).toBe(true)
    for (const tag of product.tags) expect(tag).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(duplicates(product.tags)).toEqual([])
  })

  it("puts every collection to use", () => {
    for (const collection of collections) {
      expect(products.some((product) => product.collections.includes(collection.handle)), collection.handle).toBe(true)
    }
  })

  it("has products from every cooperative", () => {
    for (const cooperative of cooperatives) {
      expect(products.some((product) => product.cooperative === cooperative.handle), cooperative.handle).toBe(true)
    }
  })
})

describe("texts", () => {
  it("writes every product text in French, Arabic and English", () => {
    for (const product of products) {
      for (const field of ["title", "subtitle", "description", "option"] as const) {
        expectTranslated(product[field], `${product.handle} ${field}`)
      }
    }
  })

  it("describes each product in two to four sentences naming the cooperative's village", () => {
    for (const product of products) {
      const sentences = product.description.fr.split(/(?<=[.!?])\s+/)
      expect(sentences.length, product.handle).toBeGreaterThanOrEqual(2)
      expect(sentences.length, product.handle).toBeLessThanOrEqual(4)
      const commune = cooperatives.find((cooperative) => cooperative.handle === product.cooperative)?.commune ?? "?"
      expect(product.description.fr, product.handle).toContain(commune)
    }
  })

  it("names a carpet's colours in its description", () => {
    for (const carpet of carpets) {
      for (const dye of carpet.dyes) expect(carpet.description.en, carpet.handle).toContain(dyeOf(dye).shade.en)
    }
  })

  it("tells each cooperative's story and collection's purpose in the three languages", () => {
    for (const cooperative of cooperatives) expectTranslated(cooperative.story, cooperative.handle)
    for (const collection of collections) {
      expectTranslated(collection.title, collection.handle)
      expectTranslated(collection.description, collection.handle)
    }
  })
})

describe("cooperatives", () => {
  it("have plausible membership and founding years", () => {
    for (const cooperative of cooperatives) {
      expect(cooperative.members, cooperative.handle).toBeGreaterThan(0)
      expect(cooperative.womenMembers, cooperative.handle).toBeLessThanOrEqual(cooperative.members)
      expect(cooperative.foundedYear, cooperative.handle).toBeGreaterThanOrEqual(1990)
      expect(cooperative.foundedYear, cooperative.handle).toBeLessThanOrEqual(2025)
    }
  })

  it("place the Khénifra weavers in Khénifra province, in the Béni Mellal-Khénifra region", () => {
    for (const commune of ["Aghbalou", "Kaf En-Nsour", "M'rirt", "Moulay Bouazza", "Tighassaline"]) {
      const cooperative = cooperatives.find((candidate) => candidate.commune === commune)
      expect(cooperative, commune).toMatchObject({ province: "Khénifra", region: "Béni Mellal-Khénifra" })
    }
    expect(cooperatives.filter((cooperative) => cooperative.region === "Rabat-Salé-Kénitra").length).toBeGreaterThanOrEqual(4)
    expect(cooperatives.find((cooperative) => cooperative.commune === "Taliouine")?.region).toBe("Souss-Massa")
  })

  it("make the goods they are known for", () => {
    const regionOf = (handle: string) => cooperatives.find((cooperative) => cooperative.handle === handle)?.region
    for (const product of products.filter((candidate) => candidate.category === "tapis-zayane")) {
      expect(cooperatives.find((cooperative) => cooperative.handle === product.cooperative)?.province).toBe("Khénifra")
    }
    for (const product of products.filter((candidate) => candidate.category === "safran")) {
      expect(regionOf(product.cooperative)).toBe("Souss-Massa")
    }
  })
})

describe("variants and prices", () => {
  it("prices every variant in MAD, EUR and USD at sane exchange ratios", () => {
    for (const product of products) {
      expect(product.variants.length, product.handle).toBeGreaterThan(0)
      expect(duplicates(product.variants.map((variant) => variant.value))).toEqual([])
      for (const { prices, sku, stock, weightGrams } of product.variants) {
        expect(prices.mad, sku).toBeGreaterThan(0)
        expect(prices.mad / prices.eur, sku).toBeGreaterThan(9.5)
        expect(prices.mad / prices.eur, sku).toBeLessThan(12)
        expect(prices.mad / prices.usd, sku).toBeGreaterThan(8.8)
        expect(prices.mad / prices.usd, sku).toBeLessThan(11.2)
        expect(Number.isInteger(prices.mad), sku).toBe(true)
        expect(Number.isInteger(prices.eur * 2), `${sku} EUR is a retail price`).toBe(true)
        expect(Number.isInteger(stock) && stock > 0, sku).toBe(true)
        expect(weightGrams, sku).toBeGreaterThan(0)
      }
    }
  })

  it("charges carpets 900 to 25,000 MAD, dearer per m² for finer knotting families", () => {
    for (const carpet of carpets) {
      const mad = carpet.variants[0].prices.mad
      expect(mad, carpet.handle).toBeGreaterThanOrEqual(900)
      expect(mad, carpet.handle).toBeLessThanOrEqual(25_000)
    }
    const perM2 = (category: string) => {
      const family = carpets.filter((carpet) => carpet.category === category)
      const mad = family.reduce((sum, carpet) => sum + carpet.variants[0].prices.mad, 0)
      const area = family.reduce((sum, carpet) => sum + ((carpet.widthCm ?? 0) * (carpet.lengthCm ?? 0)) / 10_000, 0)
      return mad / area
    }
    expect(perM2("tapis-rbati")).toBeGreaterThan(perM2("tapis-zayane"))
    expect(perM2("tapis-zayane")).toBeGreaterThan(perM2("hanbel"))
  })

  it("keeps terroir goods between 60 and 600 MAD", () => {
    for (const product of products.filter((candidate) => rootOf(candidate.category as never) === "terroir")) {
      for (const variant of product.variants) {
        expect(variant.prices.mad, variant.sku).toBeGreaterThanOrEqual(60)
        expect(variant.prices.mad, variant.sku).toBeLessThanOrEqual(600)
      }
    }
  })

  it("sizes carpets in real dimensions with wool-rug weights", () => {
    for (const carpet of carpets) {
      const { widthCm = 0, lengthCm = 0 } = carpet
      expect(widthCm, carpet.handle).toBeGreaterThanOrEqual(60)
      expect(lengthCm, carpet.handle).toBeGreaterThanOrEqual(widthCm)
      expect(lengthCm, carpet.handle).toBeLessThanOrEqual(350)
      expect(carpet.variants).toHaveLength(1)
      expect(carpet.variants[0].value).toBe(`${widthCm} × ${lengthCm} cm`)
      expect(carpet.dyes.length, carpet.handle).toBeGreaterThan(0)
      const gramsPerM2 = carpet.variants[0].weightGrams / ((widthCm * lengthCm) / 10_000)
      expect(gramsPerM2, carpet.handle).toBeGreaterThan(1_400)
      expect(gramsPerM2, carpet.handle).toBeLessThan(3_600)
    }
  })

  it("sells one-of-a-kind pieces, every carpet among them, one at a time", () => {
    for (const carpet of carpets) expect(carpet.oneOfAKind, carpet.handle).toBe(true)
    for (const product of products.filter((candidate) => candidate.oneOfAKind)) {
      expect(product.variants.map((variant) => variant.stock), product.handle).toEqual([1])
      expect(product.tags).toContain("piece-unique")
    }
  })
})
