import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { leafFields } from "./fields"
import { productIndex } from "./product-index.fixture"
import { compileSort } from "./sort"

const fields = leafFields(productIndex.fields)

describe("compileSort", () => {
  it("compiles field orders and leaves relevance to the ranking rules", () => {
    expect(compileSort({ price_mad: "ASC" }, fields)).toEqual(["price_mad:asc"])
    expect(compileSort({ created_at: "DESC", price_mad: "ASC", _score: "DESC" }, fields)).toEqual(["created_at:desc", "price_mad:asc"])
    expect(compileSort({ _score: "DESC" }, fields)).toEqual([])
    expect(compileSort(undefined, fields)).toEqual([])
  })

  it("refuses orders Meilisearch cannot produce", () => {
    expect(() => compileSort({ _score: "ASC" }, fields)).toThrow('Meilisearch ranks by descending relevance only; it cannot order by ascending "_score"')
    expect(() => compileSort({ _score: "DESC", price_mad: "ASC" }, fields)).toThrow(
      'Meilisearch applies relevance after the sort, so "_score" can only come last in pagination.order',
    )
    expect(() => compileSort({ price_mad: "UP" as never }, fields)).toThrow('Sort direction for "price_mad" must be "ASC" or "DESC", got "UP"')
  })

  it("refuses unknown, unsortable and array fields", () => {
    expect(() => compileSort({ sku: "ASC" }, fields)).toThrow('Cannot sort by unknown field "sku"')
    expect(() => compileSort({ handle: "ASC" }, fields)).toThrow('Field "handle" is not sortable')
    const withArray = leafFields({ ...productIndex.fields, sizes: { type: "float", array: true, sortable: true } })
    try {
      compileSort({ sizes: "ASC" }, withArray)
      expect.unreachable()
    } catch (error) {
      expect((error as MedusaError).type).toBe(MedusaError.Types.NOT_ALLOWED)
      expect((error as Error).message).toBe('The Meilisearch provider cannot sort by array field "sizes"')
    }
  })
})
