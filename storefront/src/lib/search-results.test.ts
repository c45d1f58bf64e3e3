import { describe, expect, it } from "vitest"
import { correctedQuery, searchCard } from "./search-results"

describe("search hits as cards", () => {
  const hit = {
    id: "prod_1",
    document: { id: "prod_1", handle: "tapis-zayane-tiziri", title_fr: "Tapis zayane Tiziri", title_ar: "زربية زيانية تيزيري", thumbnail: "http://localhost:9000/static/t.webp", price_mad: 1250, price_eur: null },
  }

  it("takes the title in the reader's language and the price in the visitor's currency", () => {
    expect(searchCard(hit, "ar", "mad")).toEqual({
      id: "prod_1",
      handle: "tapis-zayane-tiziri",
      title: "زربية زيانية تيزيري",
      thumbnail: "http://localhost:9000/static/t.webp",
      price: { amount: 1250, currency: "mad", varies: false },
    })
  })

  it("falls back to the French title, and says there is no price rather than inventing one", () => {
    const card = searchCard(hit, "en", "eur")
    expect(card.title).toBe("Tapis zayane Tiziri")
    expect(card.price).toBeNull()
    expect(searchCard({ id: "prod_2", document: {} }, "fr", "mad")).toEqual({ id: "prod_2", handle: "prod_2", title: "prod_2", thumbnail: null, price: null })
  })
})

describe("correctedQuery", () => {
  it("reports the engine's correction of a typo", () => {
    expect(correctedQuery("khnifra", "khenifra")).toBe("khenifra")
    expect(correctedQuery("tapis zayan", " tapis zayane ")).toBe("tapis zayane")
  })

  it("ignores what normalisation alone changed, or no answer at all", () => {
    expect(correctedQuery("Khénifra", "khenifra")).toBeNull()
    expect(correctedQuery("زربية  صوف", "زربيه صوف")).toBeNull()
    expect(correctedQuery("الزَّرْبِيَّة", "الزربيه")).toBeNull()
    expect(correctedQuery("tapis", undefined)).toBeNull()
    expect(correctedQuery("tapis", "")).toBeNull()
  })
})
