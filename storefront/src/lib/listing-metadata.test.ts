import { describe, expect, it } from "vitest"
import { listingState } from "./listing"
import { listingMetadata } from "./listing-metadata"

const page = (query: Record<string, string>) =>
  listingMetadata({
    locale: "ar",
    path: "/categories/tapis",
    title: "زرابي",
    description: "زرابي منسوجة يدويا",
    state: listingState(query, "category"),
    siteName: "Tiwizi",
  })

describe("listingMetadata", () => {
  it("indexes the plain page, with its alternates", () => {
    const metadata = page({})
    expect(metadata.robots).toBeUndefined()
    expect(metadata.alternates?.canonical).toMatch(/\/ar\/categories\/tapis$/)
    expect(metadata.openGraph).toMatchObject({ title: "زرابي", url: "/ar/categories/tapis" })
  })

  it.each<Record<string, string>>([{ page: "2" }, { sort: "price_asc" }, { material: "wool" }])("keeps the view %j out of the index", (query) => {
    expect(page(query).robots).toEqual({ index: false, follow: true })
  })
})
