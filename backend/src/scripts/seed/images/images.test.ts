import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { products } from "../catalogue"
import type { SeedProduct } from "../catalogue/types"
import { FRINGE_CM, carpetLayout } from "./carpet/layout"
import { renderProductImages } from "./index"

const byHandle = (handle: string): SeedProduct => {
  const product = products.find((candidate) => candidate.handle === handle)
  if (!product) throw new Error(`no product ${handle}`)
  return product
}

/** One product of every category, so every drawing path runs at least once. */
const samples = [...new Set(products.map((product) => product.category))].map(
  (category) => products.find((product) => product.category === category) as SeedProduct,
)

function isWebp(buffer: Buffer): boolean {
  return buffer.subarray(0, 4).toString("ascii") === "RIFF" && buffer.subarray(8, 12).toString("ascii") === "WEBP"
}

describe("renderProductImages", () => {
  it.each(samples.map((product) => [product.category, product] as const))(
    "renders two WebP pictures under 150 KB for %s",
    async (_, product) => {
      const images = await renderProductImages(product)
      expect(images).toHaveLength(2)
      expect(images.map((image) => image.filename)).toEqual([`${product.handle}-1.webp`, `${product.handle}-2.webp`])
      for (const image of images) {
        expect(image.mimeType).toBe("image/webp")
        expect(isWebp(image.buffer), image.filename).toBe(true)
        expect(image.buffer.length, image.filename).toBeLessThan(150 * 1024)
        const { width = 0, height = 0, format } = await sharp(image.buffer).metadata()
        expect(format).toBe("webp")
        expect(Math.max(width, height), image.filename).toBe(1200)
      }
    },
  )

  it("is deterministic: the same product gives the same bytes", async () => {
    for (const handle of ["tapis-zayane-tiziri-aghbalou", "miel-de-thym-du-moyen-atlas"]) {
      const [first, second] = await Promise.all([renderProductImages(byHandle(handle)), renderProductImages(byHandle(handle))])
      expect(first.map((image) => image.buffer.equals(second[first.indexOf(image)].buffer))).toEqual([true, true])
    }
  })

  it("gives different products different pictures", async () => {
    const [a] = await renderProductImages(byHandle("tapis-zayane-tiziri-aghbalou"))
    const [b] = await renderProductImages(byHandle("tapis-zayane-tizi-mrirt"))
    expect(a.buffer.equals(b.buffer)).toBe(false)
  })

  it("takes a carpet picture's proportions from the carpet's dimensions", async () => {
    const ratios: number[] = []
    for (const handle of ["hanbel-isli-khemisset", "boucherouite-ajjig-sale", "tapis-rbati-chellah-rabat"]) {
      const product = byHandle(handle)
      const [main] = await renderProductImages(product)
      const { width = 0, height = 0 } = await sharp(main.buffer).metadata()
      const layout = carpetLayout(product.widthCm ?? 0, product.lengthCm ?? 0)
      expect([width, height]).toEqual([layout.width, layout.height])
      // The rug stands upright with its fringes above and below: the picture's width over its
      // height follows the rug's width over its length plus fringes, up to the even margin.
      const rugRatio = (product.widthCm ?? 0) / ((product.lengthCm ?? 0) + 2 * FRINGE_CM)
      expect(Math.abs(width / height - rugRatio)).toBeLessThan(0.08)
      ratios.push(width / height)
    }
    expect(ratios[0]).toBeLessThan(0.4)
    expect(ratios[0]).toBeLessThan(ratios[1])
    expect(ratios[1]).toBeLessThan(ratios[2])
  })

  it("refuses a carpet without dimensions", async () => {
    const { widthCm: _width, ...product } = byHandle("tapis-zayane-tiziri-aghbalou")
    await expect(renderProductImages(product)).rejects.toThrow(RangeError)
  })
})
