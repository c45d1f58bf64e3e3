import { describe, expect, it } from "vitest"
import { shareLinks } from "./share-links"

describe("shareLinks", () => {
  it("puts the page's URL and title, encoded, into each service's share link", () => {
    const links = shareLinks("https://tiwizi.ma/ar/products/zarbia?x=1&y=2", "زربية زيان & co")
    expect(links.whatsapp).toBe(`https://wa.me/?text=${encodeURIComponent("زربية زيان & co https://tiwizi.ma/ar/products/zarbia?x=1&y=2")}`)
    expect(new URL(links.facebook).searchParams.get("u")).toBe("https://tiwizi.ma/ar/products/zarbia?x=1&y=2")
    const x = new URL(links.x)
    expect([x.searchParams.get("text"), x.searchParams.get("url")]).toEqual(["زربية زيان & co", "https://tiwizi.ma/ar/products/zarbia?x=1&y=2"])
    expect(links.email).toMatch(/^mailto:\?subject=.+&body=https%3A%2F%2Ftiwizi\.ma/)
  })
})
