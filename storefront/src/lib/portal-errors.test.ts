import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { isSessionGone, namedField, portalFailure } from "./portal-errors"

const backend = (status: number, message: string) => new FetchError(message, "", status)
const applicationFields = ["name", "legal_name", "member_count", "women_member_count", "women_led", "story", "phone", "email", "founded_year"]

describe("namedField", () => {
  it("finds the field a message names first, whole names only", () => {
    expect(namedField("women_member_count (3) cannot exceed member_count (2)", applicationFields)).toBe("women_member_count")
    expect(namedField("Invalid request: Value for field 'member_count' too small, expected at least: '1'", applicationFields)).toBe("member_count")
    expect(namedField("Invalid request: Field 'legal_name' is required", applicationFields)).toBe("legal_name")
    expect(namedField("Something else", applicationFields)).toBeUndefined()
  })
})

describe("portalFailure", () => {
  it("puts the backend's 400 next to the field it names", () => {
    expect(portalFailure(backend(400, "Invalid request: phone must be a phone number such as +212 6 12 34 56 78"), applicationFields)).toEqual({
      code: "invalid_phone",
      field: "phone",
    })
    expect(portalFailure(backend(400, "Invalid request: Value for field 'story' too small, expected at least: '20'"), applicationFields)).toEqual({
      code: "too_short",
      field: "story",
    })
    expect(portalFailure(backend(400, "women_member_count (3) cannot exceed member_count (2)"), applicationFields)).toEqual({
      code: "women_exceed_members",
      field: "women_member_count",
    })
    expect(portalFailure(backend(400, "women_led requires women_member_count of at least 1"), applicationFields)).toEqual({
      code: "women_led_needs_women",
      field: "women_led",
    })
    expect(portalFailure(backend(400, "Invalid request: Value for field 'member_count' too small, expected at least: '1'"), applicationFields)).toEqual({
      code: "invalid_number",
      field: "member_count",
    })
    expect(portalFailure(backend(400, "founded_year must be a year between 1900 and 2026, got 1800"), applicationFields)).toEqual({
      code: "invalid_year",
      field: "founded_year",
    })
  })

  it("says a registration number another cooperative holds is taken", () => {
    expect(portalFailure(backend(400, "Cooperative with odco_number: ODCO-1, already exists."), ["odco_number", "name"])).toEqual({
      code: "taken",
      field: "odco_number",
    })
    expect(portalFailure(backend(400, "Cooperative with handle: tifawin-aghbalou, already exists."), ["odco_number", "name"])).toEqual({ code: "taken" })
  })

  it("keeps a 400 for the whole form when the form has no such field", () => {
    expect(portalFailure(backend(400, "Invalid request: Unrecognized fields: 'handle'"), applicationFields)).toEqual({ code: "invalid" })
    expect(portalFailure(backend(400, "bank_rib must be the 24 digits of a Moroccan RIB, without spaces"))).toEqual({ code: "invalid_rib" })
  })

  it("names what stops an invitation or an application", () => {
    expect(portalFailure(backend(404, "This invitation does not exist")).code).toBe("invite_missing")
    expect(portalFailure(backend(400, "This invitation has already been accepted")).code).toBe("invite_used")
    expect(portalFailure(backend(400, "This invitation has expired")).code).toBe("invite_expired")
    expect(portalFailure(backend(400, "This invitation was sent to another email address")).code).toBe("invite_other_email")
    expect(portalFailure(backend(400, "This cooperative's application was rejected: its invitations are closed")).code).toBe("invite_closed")
    expect(portalFailure(backend(400, "You already belong to a cooperative")).code).toBe("already_member")
    expect(portalFailure(backend(400, "Your application for Tifawin is waiting for staff review; you can apply again only if it is rejected")).code).toBe(
      "application_pending",
    )
    expect(portalFailure(backend(403, "Only an owner of the cooperative can change bank_rib")).code).toBe("owner_only")
    expect(portalFailure(backend(403, "Your cooperative is pending: only approved cooperatives can do this")).code).toBe("not_approved")
  })

  it("tells wrong credentials from a taken email, both 401", () => {
    expect(portalFailure(backend(401, "Invalid email or password")).code).toBe("invalid_credentials")
    expect(portalFailure(backend(401, "Identity with email already exists")).code).toBe("email_taken")
  })

  it("says an image was refused, and leaks nothing of the unexpected", () => {
    expect(portalFailure(backend(400, 'files: "statuts.pdf" is not a JPEG, PNG or WebP photo')).code).toBe("image_type")
    expect(portalFailure(backend(400, "files: each photo must be at most 10 MB")).code).toBe("image_too_large")
    expect(portalFailure(backend(413, "File too large")).code).toBe("image_too_large")
    expect(portalFailure(backend(415, "Unsupported")).code).toBe("image_type")
    expect(portalFailure(backend(500, "relation cooperative does not exist"), applicationFields)).toEqual({ code: "unknown" })
    expect(portalFailure(backend(404, "Product prod_1 was not found")).code).toBe("unknown")
    expect(portalFailure(new Error("boom")).code).toBe("unknown")
    expect(portalFailure(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9000") })).code).toBe("unreachable")
  })
})

describe("isSessionGone", () => {
  it("is a 401 from the backend and nothing else", () => {
    expect(isSessionGone(backend(401, "Unauthorized"))).toBe(true)
    expect(isSessionGone(backend(403, "Forbidden"))).toBe(false)
    expect(isSessionGone(new Error("x"))).toBe(false)
  })
})
