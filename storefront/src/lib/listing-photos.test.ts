import { describe, expect, it } from "vitest"
import { fitWithin, maxPhotoSide, photoFileName } from "./listing-photos"

describe("fitWithin", () => {
  it("scales a phone photo down to 1600 px on its longest side, keeping its shape", () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: maxPhotoSide, height: 1200 })
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: maxPhotoSide })
  })

  it("never scales a small photo up", () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
    expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 })
  })

  it("keeps at least one pixel on a very thin photo", () => {
    expect(fitWithin(10_000, 2)).toEqual({ width: 1600, height: 1 })
  })
})

describe("photoFileName", () => {
  it("names a photo by its place and the extension of its format", () => {
    expect(photoFileName(0, "image/webp")).toBe("photo-1.webp")
    expect(photoFileName(2, "image/jpeg")).toBe("photo-3.jpg")
    expect(photoFileName(1, "image/png")).toBe("photo-2.png")
  })
})
