import { describe, expect, it } from "vitest"
import { applicationValues, parseApplication, type Application } from "./portal-application"

const today = new Date("2026-05-01T12:00:00Z")
const valid = {
  name: "Tifawin",
  legal_name: "Coopérative Tifawin de tissage",
  odco_number: "ODCO-2012-0451",
  artisan_registry_number: "",
  region: "Béni Mellal-Khénifra",
  province: "Khénifra",
  commune: "Aghbalou",
  founded_year: "2012",
  member_count: "24",
  women_member_count: "22",
  women_led: "on",
  story: "Vingt-deux tisserandes d'Aghbalou tissent la laine de leurs moutons.",
  phone: "06 12 34 56 78",
  email: "Contact@Tifawin.ma",
}

const formOf = (entries: Record<string, string>) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(entries)) form.set(name, value)
  return form
}

const errorsOf = (entries: Record<string, string>) => {
  const parsed = parseApplication(formOf(entries), today)
  return parsed.ok || parsed.state.status !== "error" ? {} : parsed.state.errors
}

describe("parseApplication", () => {
  it("turns a valid form into the backend's body", () => {
    expect(parseApplication(formOf(valid), today)).toEqual({
      ok: true,
      data: {
        name: "Tifawin",
        legal_name: "Coopérative Tifawin de tissage",
        odco_number: "ODCO-2012-0451",
        artisan_registry_number: null,
        region: "Béni Mellal-Khénifra",
        province: "Khénifra",
        commune: "Aghbalou",
        founded_year: 2012,
        member_count: 24,
        women_member_count: 22,
        women_led: true,
        rural: false,
        story: valid.story,
        phone: "+212612345678",
        email: "contact@tifawin.ma",
      },
    })
  })

  it("reads numbers typed in Arabic digits", () => {
    const parsed = parseApplication(formOf({ ...valid, founded_year: "٢٠١٢", member_count: "٢٤" }), today)
    expect(parsed.ok && [parsed.data.founded_year, parsed.data.member_count]).toEqual([2012, 24])
  })

  it("puts each mistake next to its field", () => {
    expect(errorsOf({ ...valid, name: "", story: "Trop court", region: "Bretagne", phone: "12" })).toEqual({
      name: "required",
      story: "too_short",
      region: "invalid_region",
      phone: "invalid_phone",
    })
    expect(errorsOf({ ...valid, founded_year: "2027" })).toEqual({ founded_year: "invalid_year" })
    expect(errorsOf({ ...valid, founded_year: "1899" })).toEqual({ founded_year: "invalid_year" })
    expect(errorsOf({ ...valid, member_count: "0" })).toEqual({ member_count: "invalid_number" })
    expect(errorsOf({ ...valid, member_count: "" })).toEqual({ member_count: "required" })
  })

  it("checks the rules across fields, as the backend does", () => {
    expect(errorsOf({ ...valid, women_member_count: "30" })).toEqual({ women_member_count: "women_exceed_members" })
    expect(errorsOf({ ...valid, women_member_count: "" })).toEqual({ women_led: "women_led_needs_women" })
    // An unticked box is not in the form at all.
    const { women_led: _womenLed, ...notWomenLed } = valid
    expect(errorsOf({ ...notWomenLed, women_member_count: "0" })).toEqual({})
  })

  it("keeps what was typed, ticked boxes as `on`", () => {
    const parsed = parseApplication(formOf({ ...valid, name: "" }), today)
    expect(!parsed.ok && parsed.state.status === "error" && parsed.state.values).toMatchObject({ women_led: "on", rural: "", commune: "Aghbalou" })
  })
})

describe("applicationValues", () => {
  it("fills the form from a rejected application", () => {
    const parsed = parseApplication(formOf(valid), today)
    const application = (parsed.ok ? parsed.data : null) as Application
    const values = applicationValues(application)
    expect(values).toMatchObject({ founded_year: "2012", women_led: "on", rural: "", artisan_registry_number: "", phone: "+212612345678" })
    expect(parseApplication(formOf(values), today).ok).toBe(true)
  })
})
