import { describe, expect, it } from "vitest"
import { draftFromRecord, draftKey, draftLifetimeMs, photoKey, readDraftRecord, toDraftRecord } from "./listing-draft"
import { emptyListingValues } from "./listing-form"

const photo = new Blob(["webp"], { type: "image/webp" })
const sent = "http://localhost:9000/static/a.webp"
const draft = {
  step: "words" as const,
  values: { ...emptyListingValues("ar"), category: "hanbel", materials: ["wool"] },
  photos: [
    { id: "photo-1", blob: photo, url: null },
    { id: "photo-2", blob: photo, url: "http://localhost:9000/static/b.webp" },
    { id: sent, blob: null, url: sent },
  ],
  productId: "prod_01JTESTCARPET0000000000000",
}

describe("listing drafts", () => {
  it("keeps one draft per member and per listing, and each photo under its draft", () => {
    expect(draftKey("mem_1", "new")).not.toBe(draftKey("mem_2", "new"))
    expect(draftKey("mem_1", "new")).not.toBe(draftKey("mem_1", "prod_1"))
    expect(photoKey(draftKey("mem_1", "new"), "photo-1").startsWith(photoKey(draftKey("mem_1", "new"), ""))).toBe(true)
  })

  it("writes a small record: the photos by id, their blobs apart", () => {
    const record = toDraftRecord(draft, 1000)
    expect(record.photos).toEqual([
      { id: "photo-1", url: null, local: true },
      { id: "photo-2", url: "http://localhost:9000/static/b.webp", local: true },
      { id: sent, url: sent, local: false },
    ])
    expect(JSON.parse(JSON.stringify(record))).toEqual(record)
  })

  it("reads back what it wrote, with the blobs found", () => {
    const record = readDraftRecord(JSON.parse(JSON.stringify(toDraftRecord(draft, 1000))), 2000)
    expect(record).not.toBeNull()
    const again = draftFromRecord(record!, new Map([["photo-1", photo], ["photo-2", photo]]))
    expect(again).toEqual(draft)
  })

  it("leaves out a photo taken here whose blob is gone, but keeps one already sent", () => {
    const again = draftFromRecord(toDraftRecord(draft), new Map())
    expect(again.photos.map((kept) => kept.id)).toEqual(["photo-2", sent])
    expect(again.photos[0]).toEqual({ id: "photo-2", blob: null, url: "http://localhost:9000/static/b.webp" })
  })

  it("offers nothing for a draft that is too old, of another version, or of another shape", () => {
    const record = toDraftRecord(draft, 0)
    expect(readDraftRecord(record, draftLifetimeMs + 1)).toBeNull()
    expect(readDraftRecord({ ...record, version: 1 }, 1)).toBeNull()
    expect(readDraftRecord({ ...record, step: "shipping" }, 1)).toBeNull()
    expect(readDraftRecord({ ...record, productId: "../admin" }, 1)).toBeNull()
    expect(readDraftRecord({ ...record, photos: [{ id: "p", url: null, local: false }] }, 1)).toBeNull()
    expect(readDraftRecord({ ...record, values: { ...record.values, language: "de" } }, 1)).toBeNull()
    expect(readDraftRecord({ ...record, values: { ...record.values, variants: [] } }, 1)).toBeNull()
    expect(readDraftRecord(undefined, 1)).toBeNull()
    expect(readDraftRecord("draft", 1)).toBeNull()
  })
})
