import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { backendFieldErrors, isListingFailure, listingFailure } from "./listing-errors"

describe("backendFieldErrors", () => {
  it("puts each refused text next to its box, in its language", () => {
    expect(backendFieldErrors("Invalid request: title.ar must not be empty; description.fr must be at most 5000 characters", "fr")).toEqual({
      "title.ar": "required",
      "description.fr": "too_long",
    })
  })

  it("reads the fields of the provenance rules and of the variants", () => {
    const message =
      "Invalid request: provenance.width_cm must be a whole number between 10 and 1000 cm, got 5; variants.prices.mad must be more than 0; provenance.dyes: synthetic-red cannot be part of a piece declared \"natural\""
    expect(backendFieldErrors(message, "fr")).toEqual({ width: "size_range", "variants.0.price": "price_invalid", dyes: "invalid" })
  })

  it("reads Medusa's own wording of zod issues, with their comma paths", () => {
    expect(backendFieldErrors("Invalid request: Field 'variants, 0, stock' is required; Value for field 'title, en' too big, expected at most: '200'", "fr")).toEqual({
      "variants.0.stock": "required",
      "title.en": "too_long",
    })
  })

  it("gives a text named without its language to the writing language", () => {
    expect(backendFieldErrors("Invalid request: title needs at least one of fr, ar, en", "ar")).toEqual({ "title.ar": "required" })
  })

  it("names no field for an issue outside the wizard", () => {
    expect(backendFieldErrors("state: a listing in review cannot be changed; withdraw it first", "fr")).toEqual({})
    expect(backendFieldErrors("Invalid request: Unrecognized fields: 'cooperative_id'", "fr")).toEqual({})
  })
})

describe("listingFailure", () => {
  it("tells the member what stopped the call", () => {
    const fetchError = (status: number, message = "") => new FetchError(message, "", status)
    expect(listingFailure(fetchError(401))).toBe("unauthorized")
    expect(listingFailure(fetchError(403))).toBe("forbidden")
    expect(listingFailure(fetchError(404))).toBe("not_found")
    expect(listingFailure(fetchError(400, "state: a listing that is live cannot be submitted (possible: archive)"))).toBe("state")
    expect(listingFailure(fetchError(400, "images: add at least one photo before submitting for review"))).toBe("photos_missing")
    expect(listingFailure(fetchError(400, "Invalid request: title.fr must not be empty"))).toBe("invalid")
    expect(listingFailure(fetchError(500))).toBe("unknown")
    expect(listingFailure(new TypeError("fetch failed"))).toBe("unreachable")
    expect(listingFailure(new Error("boom"))).toBe("unknown")
  })

  it("recognises only its own failures in a URL", () => {
    expect(isListingFailure("state")).toBe(true)
    expect(isListingFailure("<script>")).toBe(false)
  })
})
