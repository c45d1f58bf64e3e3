import { describe, expect, it } from "vitest"
import { localePath, switchLocalePath } from "./locale-path"

describe("localePath", () => {
  it("puts a path under its locale", () => {
    expect(localePath("ar")).toBe("/ar")
    expect(localePath("fr", "/cart")).toBe("/fr/cart")
    expect(localePath("en", "products/x")).toBe("/en/products/x")
  })
})

describe("switchLocalePath", () => {
  it("keeps the page and its query when the language changes", () => {
    expect(switchLocalePath("/fr/categories/tapis", "?page=2", "ar")).toBe("/ar/categories/tapis?page=2")
    expect(switchLocalePath("/ar", "", "en")).toBe("/en")
    expect(switchLocalePath("/en/cart", "", "fr")).toBe("/fr/cart")
  })
  it("treats a path without a locale as an app path", () => {
    expect(switchLocalePath("/products/x", "", "ar")).toBe("/ar/products/x")
    expect(switchLocalePath("/", "", "ar")).toBe("/ar")
  })
})
