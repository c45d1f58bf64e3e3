import { locales } from "@tiwizi/locale"
import { describe, expect, it } from "vitest"
import {
  categories,
  categoryHandles,
  categoryOf,
  childrenOf,
  isCarpetCategory,
  isCategoryHandle,
  isLeafCategory,
  leafCategoryHandles,
  rootOf,
  topLevelCategories,
} from "./categories"

const ARABIC_LETTER = /[\u0621-\u064a]/

describe("category tree", () => {
  it("has the shop's top-level departments in order", () => {
    expect(topLevelCategories().map((category) => category.handle)).toEqual([
      "tapis",
      "poterie",
      "vannerie",
      "textiles",
      "cuir",
      "terroir",
    ])
  })

  it("files the five carpet families and the four terroir goods as children", () => {
    expect(childrenOf("tapis").map((category) => category.handle)).toEqual([
      "tapis-zayane",
      "hanbel",
      "boucherouite",
      "tapis-beni-mellal",
      "tapis-rbati",
    ])
    expect(childrenOf("terroir").map((category) => category.handle)).toEqual(["argan", "miel", "couscous", "safran"])
  })

  it("uses unique French slugs and lists every parent before its children", () => {
    expect(new Set(categoryHandles).size).toBe(categoryHandles.length)
    categories.forEach((category, index) => {
      expect(category.handle).toMatch(/^[a-z]+(-[a-z]+)*$/)
      if (category.parent) expect(categoryHandles.indexOf(category.parent)).toBeLessThan(index)
    })
  })

  it("labels and describes every category in French, Arabic and English", () => {
    for (const category of categories) {
      for (const locale of locales) {
        expect(category.label[locale].trim(), `${category.handle} label ${locale}`).not.toBe("")
        expect(category.description[locale].trim(), `${category.handle} description ${locale}`).not.toBe("")
      }
      expect(category.label.ar).toMatch(ARABIC_LETTER)
      expect(category.description.ar).toMatch(ARABIC_LETTER)
      expect(category.description.fr).toMatch(/\.$/)
    }
  })

  it("knows leaves, roots and carpet families", () => {
    expect(isLeafCategory("tapis")).toBe(false)
    expect(isLeafCategory("poterie")).toBe(true)
    expect(leafCategoryHandles).toContain("safran")
    expect(leafCategoryHandles).not.toContain("terroir")
    expect(rootOf("miel")).toBe("terroir")
    expect(rootOf("cuir")).toBe("cuir")
    expect(isCarpetCategory("hanbel")).toBe(true)
    expect(isCarpetCategory("tapis")).toBe(false)
    expect(isCarpetCategory("miel")).toBe(false)
    expect(isCarpetCategory("rugs")).toBe(false)
  })

  it("guards handles at runtime and refuses to look up an unknown one", () => {
    expect(isCategoryHandle("tapis-rbati")).toBe(true)
    expect(isCategoryHandle("Tapis")).toBe(false)
    expect(isCategoryHandle(42)).toBe(false)
    expect(() => categoryOf("nope" as never)).toThrow(RangeError)
  })
})
