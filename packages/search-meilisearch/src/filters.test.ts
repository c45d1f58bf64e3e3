import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { leafFields } from "./fields"
import { compileFilter } from "./filters"
import { attribute, numberLiteral, quoted } from "./filter-literals"
import { productIndex } from "./product-index.fixture"

const fields = leafFields(productIndex.fields)
const compile = (filters: SearchTypes.SearchFilters) => compileFilter(filters, fields)

function rejection(filters: SearchTypes.SearchFilters): { type?: string; message?: string } {
  try {
    compile(filters)
  } catch (error) {
    return { type: (error as MedusaError).type, message: (error as Error).message }
  }
  return {}
}

describe("compileFilter: values", () => {
  it("reads a bare value as equality and a list as membership", () => {
    expect(compile({ handle: "tapis-zayane" })).toBe('handle = "tapis-zayane"')
    expect(compile({ category_handles: ["tapis", "coussins"] })).toBe('category_handles IN ["tapis", "coussins"]')
    expect(compile({ category_handles: ["tapis"] })).toBe('category_handles = "tapis"')
  })

  it("types values by field: booleans bare, numbers as numbers, dates as epoch milliseconds", () => {
    expect(compile({ women_led: true })).toBe("women_led = true")
    expect(compile({ in_stock: "false" })).toBe("in_stock = false")
    expect(compile({ price_mad: "1200.5" })).toBe("price_mad = 1200.5")
    expect(compile({ created_at: "2024-01-01T00:00:00.000Z" })).toBe("created_at = 1704067200000")
    expect(compile({ created_at: new Date("2024-01-01T00:00:00.000Z") })).toBe("created_at = 1704067200000")
    expect(compile({ handle: 42 })).toBe('handle = "42"')
  })

  it("escapes quotes and backslashes in strings", () => {
    expect(compile({ handle: 'tapis "zayane" \\ 2' })).toBe('handle = "tapis \\"zayane\\" \\\\ 2"')
    expect(quoted('a\\"b')).toBe('"a\\\\\\"b"')
  })

  it("addresses nested fields by their dotted path", () => {
    expect(compile({ "cooperative.handle": "tifawin" })).toBe('cooperative.handle = "tifawin"')
  })

  it("reads null as absent, as the PostgreSQL provider does", () => {
    expect(compile({ handle: null })).toBe("NOT (handle EXISTS AND handle IS NOT NULL)")
    expect(compile({ materials: { $in: ["laine", null] } })).toBe(
      '(materials = "laine" OR NOT (materials EXISTS AND materials IS NOT NULL AND materials IS NOT EMPTY))',
    )
  })
})

describe("compileFilter: operators", () => {
  it("compiles equality and its negation; $ne keeps documents missing the field", () => {
    expect(compile({ handle: { $eq: "tapis-zayane" } })).toBe('handle = "tapis-zayane"')
    expect(compile({ handle: { $ne: "tapis-zayane" } })).toBe('NOT handle = "tapis-zayane"')
    expect(compile({ handle: { $ne: null } })).toBe("(handle EXISTS AND handle IS NOT NULL)")
  })

  it("compiles $in and $nin, empty lists included", () => {
    expect(compile({ materials: { $in: ["laine", "coton"] } })).toBe('materials IN ["laine", "coton"]')
    expect(compile({ materials: { $nin: ["laine", "coton"] } })).toBe('NOT materials IN ["laine", "coton"]')
    expect(compile({ materials: { $in: [] } })).toBe("materials IN []")
    expect(compile({ materials: { $nin: [] } })).toBe("NOT materials IN []")
  })

  it("compiles comparisons on numbers and dates, several on one field as a conjunction", () => {
    expect(compile({ price_mad: { $gte: 500, $lt: 2500 } })).toBe("(price_mad >= 500 AND price_mad < 2500)")
    expect(compile({ price_mad: { $gt: -1.5, $lte: 1e21 } })).toBe('(price_mad > -1.5 AND price_mad <= "1e+21")')
    expect(compile({ created_at: { $lt: "2025-06-01" } })).toBe("created_at < 1748736000000")
  })

  it("compiles $exists on scalars and arrays", () => {
    expect(compile({ price_mad: { $exists: true } })).toBe("(price_mad EXISTS AND price_mad IS NOT NULL)")
    expect(compile({ materials: { $exists: false } })).toBe(
      "NOT (materials EXISTS AND materials IS NOT NULL AND materials IS NOT EMPTY)",
    )
  })

  it("compiles $contains as every value and $overlaps as any", () => {
    expect(compile({ materials: { $contains: ["laine", "henne"] } })).toBe('(materials = "laine" AND materials = "henne")')
    expect(compile({ materials: { $contains: "laine" } })).toBe('materials = "laine"')
    expect(compile({ materials: { $overlaps: ["laine", "henne"] } })).toBe('materials IN ["laine", "henne"]')
  })
})

describe("compileFilter: logic", () => {
  it("joins fields with AND and nests $and, $or and $not with parentheses", () => {
    expect(compile({ women_led: true, in_stock: true })).toBe("(women_led = true AND in_stock = true)")
    expect(
      compile({
        $or: [{ category_handles: "tapis", price_mad: { $lt: 1000 } }, { $not: { materials: ["coton", "cuir"] } }],
        $and: [{ in_stock: true }],
      }),
    ).toBe('(((category_handles = "tapis" AND price_mad < 1000) OR NOT materials IN ["coton", "cuir"]) AND in_stock = true)')
  })

  it("ignores q and branches that constrain nothing", () => {
    expect(compile({ q: "tapis", $and: [], $or: [{}, { handle: "x" }] })).toBe('handle = "x"')
    expect(compile({})).toBeUndefined()
    expect(compileFilter(undefined, fields)).toBeUndefined()
  })
})

describe("compileFilter: refusals", () => {
  it("rejects $prefix and $like, which Meilisearch cannot express", () => {
    expect(rejection({ handle: { $prefix: "tapis" } })).toEqual({
      type: MedusaError.Types.NOT_ALLOWED,
      message: 'Meilisearch has no prefix or substring filter, so it cannot apply "$prefix" to "handle"',
    })
    expect(rejection({ handle: { $like: "%zayane%" } }).type).toBe(MedusaError.Types.NOT_ALLOWED)
  })

  it("rejects comparisons on text and arrays, and array operators on scalars", () => {
    expect(rejection({ handle: { $gt: "m" } })).toEqual({
      type: MedusaError.Types.NOT_ALLOWED,
      message: 'Meilisearch compares numbers and dates only, and "handle" is a keyword field',
    })
    expect(rejection({ materials: { $lt: "m" } }).message).toBe('Operator "$lt" is not supported on array field "materials"')
    expect(rejection({ handle: { $contains: ["a"] } }).message).toBe('Operator "$contains" on "handle" needs an array field')
    expect(rejection({ handle: { $overlaps: ["a"] } }).type).toBe(MedusaError.Types.NOT_ALLOWED)
  })

  it("rejects unknown fields, unknown operators, empty operator maps and unreadable dates", () => {
    expect(rejection({ sku: "x" })).toEqual({ type: MedusaError.Types.INVALID_DATA, message: 'Unknown filter field "sku"' })
    expect(rejection({ handle: { $regex: "x" } as never }).message).toBe('The Meilisearch provider does not support operator "$regex" on "handle"')
    expect(rejection({ handle: {} as never }).message).toBe('Empty operator map on filter field "handle"')
    expect(rejection({ created_at: { $gt: "last tuesday" } })).toEqual({
      type: MedusaError.Types.INVALID_DATA,
      message: 'Cannot read "last tuesday" as a date to filter "created_at"',
    })
  })
})

describe("compileFilter without a definition", () => {
  it("types values by their JavaScript type and refuses string comparisons", () => {
    expect(compileFilter({ cooperative_id: "coop_1", price: { $gte: 10 }, published: true, at: { $lt: new Date(0) } })).toBe(
      '(cooperative_id = "coop_1" AND price >= 10 AND published = true AND at < 0)',
    )
    expect(() => compileFilter({ created_at: { $lt: "2024-01-01" } })).toThrow(
      'Cannot tell whether "created_at" holds dates or numbers to compare it with "2024-01-01": pass a Date or a number',
    )
  })
})

describe("filter literals", () => {
  it("quotes attributes the grammar would misread and exponent numbers", () => {
    expect(attribute("cooperative.handle")).toBe("cooperative.handle")
    expect(attribute("NOT")).toBe('"NOT"')
    expect(attribute("price mad")).toBe('"price mad"')
    expect(numberLiteral(12, "x")).toBe("12")
    expect(numberLiteral(1e-7, "x")).toBe('"1e-7"')
    expect(() => numberLiteral(Number.NaN, "x")).toThrow('Cannot filter "x" by the non-finite number NaN')
  })
})
