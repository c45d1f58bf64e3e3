import { describe, expect, it } from "vitest"
import { loginPath, safeNextPath } from "./account-next"

describe("safeNextPath", () => {
  it("keeps a path of the shop under a locale, with its query", () => {
    expect(safeNextPath("/fr/account/orders?page=2", "fr")).toBe("/fr/account/orders?page=2")
    expect(safeNextPath("/ar/cart", "fr")).toBe("/ar/cart")
    expect(safeNextPath("/en", "en")).toBe("/en")
  })

  it("refuses anything that could leave the shop", () => {
    for (const value of [
      "https://evil.example/fr",
      "//evil.example/fr",
      "/\\evil.example",
      "/fr\\..\\evil",
      "\t//evil.example",
      "/fr/\n//evil",
      "javascript:alert(1)",
      "fr/account",
    ]) {
      expect(safeNextPath(value, "fr"), value).toBe("/fr/account")
    }
  })

  it("refuses paths outside a locale, odd values and overlong ones", () => {
    expect(safeNextPath("/account", "ar")).toBe("/ar/account")
    expect(safeNextPath("/de/account", "en")).toBe("/en/account")
    expect(safeNextPath("/frx", "fr")).toBe("/fr/account")
    expect(safeNextPath(undefined, "fr")).toBe("/fr/account")
    expect(safeNextPath(["/fr/cart"], "fr")).toBe("/fr/account")
    expect(safeNextPath(`/fr/${"a".repeat(600)}`, "fr")).toBe("/fr/account")
  })

  it("judges the path once its dot segments are resolved", () => {
    expect(safeNextPath("/fr/../../cart", "fr")).toBe("/fr/account")
    expect(safeNextPath("/fr/products/../cart", "fr")).toBe("/fr/cart")
  })
})

describe("loginPath", () => {
  it("carries a safe next path only", () => {
    expect(loginPath("fr")).toBe("/fr/account/login")
    expect(loginPath("ar", "/ar/account/orders")).toBe("/ar/account/login?next=%2Far%2Faccount%2Forders")
    expect(loginPath("fr", "https://evil.example")).toBe("/fr/account/login")
  })
})
