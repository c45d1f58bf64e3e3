import { describe, expect, it } from "vitest"
import { jsonLdText, productJsonLd, type ProductJsonLdInput } from "./product-json-ld"

const input: ProductJsonLdInput = {
  name: "Tapis Zayane rouge garance",
  description: "Noué à Aghbalou.",
  url: "https://tiwizi.ma/fr/products/tapis-zayane",
  images: ["https://cdn.tiwizi.ma/1.webp", "https://cdn.tiwizi.ma/2.webp"],
  sku: "variant_1",
  cooperative: { name: "Coopérative Tifawin", url: "https://tiwizi.ma/fr/cooperatives/tifawin-aghbalou" },
  offers: [{ price: { amount: 4200, currency: "mad" }, stock: { kind: "unique" } }],
}

describe("productJsonLd", () => {
  it("describes a Product with one Offer: price, currency, availability, URL, seller", () => {
    expect(productJsonLd(input)).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      name: input.name,
      description: input.description,
      url: input.url,
      image: input.images,
      sku: "variant_1",
      brand: { "@type": "Brand", name: "Coopérative Tifawin" },
      manufacturer: { "@type": "Organization", name: "Coopérative Tifawin", url: input.cooperative!.url },
      offers: {
        "@type": "Offer",
        price: "4200.00",
        priceCurrency: "MAD",
        availability: "https://schema.org/LimitedAvailability",
        url: input.url,
        itemCondition: "https://schema.org/NewCondition",
        seller: { "@type": "Organization", name: "Coopérative Tifawin", url: input.cooperative!.url },
      },
    })
  })

  it("lists an Offer per variant, and says when one is sold out", () => {
    const ld = productJsonLd({
      ...input,
      offers: [
        { price: { amount: 90, currency: "eur" }, stock: { kind: "in_stock" } },
        { price: { amount: 120.5, currency: "eur" }, stock: { kind: "out_of_stock" } },
      ],
    })
    expect(ld.offers).toEqual([
      expect.objectContaining({ "@type": "Offer", price: "90.00", priceCurrency: "EUR", availability: "https://schema.org/InStock" }),
      expect.objectContaining({ price: "120.50", availability: "https://schema.org/OutOfStock" }),
    ])
  })

  it("leaves out what the product lacks", () => {
    const ld = productJsonLd({ ...input, description: null, images: [], sku: undefined, cooperative: null, offers: [] })
    expect(ld).toEqual({ "@context": "https://schema.org", "@type": "Product", name: input.name, url: input.url })
  })
})

describe("jsonLdText", () => {
  it("cannot close its script element early", () => {
    const text = jsonLdText({ description: "</script><script>alert(1)</script>" })
    expect(text).not.toContain("</script>")
    expect(JSON.parse(text)).toEqual({ description: "</script><script>alert(1)</script>" })
  })
})
