import { describe, expect, it } from "vitest"
import { fitWithin, renamedFor } from "./portal-image"

describe("fitWithin", () => {
  it("scales the longer side down to the limit, keeping proportions", () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 })
    expect(fitWithin(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 })
    expect(fitWithin(5000, 2, 512)).toEqual({ width: 512, height: 1 })
  })

  it("never scales a small picture up", () => {
    expect(fitWithin(400, 300, 512)).toEqual({ width: 400, height: 300 })
  })
})

describe("renamedFor", () => {
  it("gives the new format's extension", () => {
    expect(renamedFor("IMG_2041.HEIC", "image/jpeg")).toBe("IMG_2041.jpg")
    expect(renamedFor("logo.webp", "image/png")).toBe("logo.png")
    expect(renamedFor(".jpg", "image/jpeg")).toBe("photo.jpg")
    expect(renamedFor("sans-extension", "image/jpeg")).toBe("sans-extension.jpg")
  })
})
