import { createTranslator } from "next-intl"
import { describe, expect, it } from "vitest"
import { catalogues as all } from "../../messages"

type Tree = { [key: string]: string | Tree }
const catalogues = all as Record<string, Tree>
const { fr, ar } = all

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === "string" ? { ...all, [path]: value } : { ...all, ...flatten(value, path) }
  }, {})
}

/** Argument names of an ICU message (`{name}`, `{count, plural, ...}`), not plural branches. */
const argumentsOf = (message: string) =>
  new Set([...message.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other)\s*)\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))

const reference = flatten(fr)
const sampleValues = { count: 3, n: "3", name: "Tapis", title: "Tapis", price: "1.250,00 MAD", currency: "MAD", region: "Maroc", page: "1", total: "2", index: "1", width: "200", length: "300", year: 2026, options: "Taille", query: "tapis", label: "Laine", from: "500 MAD", to: "1.000 MAD" }

describe("message catalogues", () => {
  it.each(["ar", "en"])("%s has exactly the keys of the French catalogue", (locale) => {
    expect(Object.keys(flatten(catalogues[locale])).sort()).toEqual(Object.keys(reference).sort())
  })

  it.each(["ar", "en"])("%s uses the same arguments as French in every message", (locale) => {
    const messages = flatten(catalogues[locale])
    for (const [key, message] of Object.entries(reference)) {
      expect([...argumentsOf(messages[key])].sort(), key).toEqual([...argumentsOf(message)].sort())
    }
  })

  it.each(["fr", "ar", "en"] as const)("every %s message is valid ICU and formats without a missing value", (locale) => {
    const t = createTranslator({
      locale,
      messages: catalogues[locale],
      onError: (error) => {
        throw error
      },
    })
    for (const key of Object.keys(reference)) {
      const text = (t as unknown as (key: string, values: object) => string)(key, sampleValues)
      expect(text, key).not.toMatch(/[{}]/)
    }
  })

  it("writes Arabic in Arabic script, with Latin digits", () => {
    const messages = Object.values(flatten(ar))
    const arabic = messages.filter((m) => /[\u0600-\u06FF]/.test(m))
    expect(arabic.length).toBeGreaterThan(messages.length * 0.9)
    expect(messages.join(" ")).not.toMatch(/[٠-٩]/)
  })

  it("chooses the Arabic plural forms", () => {
    const t = createTranslator({ locale: "ar", messages: ar, namespace: "Listing" })
    expect(t("productCount", { count: 0, n: "0" })).toBe("لا توجد منتجات")
    expect(t("productCount", { count: 1, n: "1" })).toBe("منتج واحد")
    expect(t("productCount", { count: 2, n: "2" })).toBe("منتجان")
    expect(t("productCount", { count: 5, n: "5" })).toBe("5 منتجات")
    expect(t("productCount", { count: 11, n: "11" })).toBe("11 منتجًا")
    expect(t("productCount", { count: 100, n: "100" })).toBe("100 منتج")
  })
})
