import { describe, expect, it } from "vitest"
import { maxImageBytes } from "./portal-image"
import { chosenImage, parseInvite, parsePublicPage, parseRib } from "./portal-profile"

const formOf = (entries: Record<string, string>) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(entries)) form.set(name, value)
  return form
}

describe("parsePublicPage", () => {
  const valid = { story: "Vingt-deux tisserandes d'Aghbalou.", phone: "0612345678", email: "c@t.ma", member_count: "24", women_member_count: "22" }

  it("takes the public fields as the backend stores them", () => {
    expect(parsePublicPage(formOf(valid))).toEqual({
      ok: true,
      data: { story: valid.story, phone: "+212612345678", email: "c@t.ma", member_count: 24, women_member_count: 22 },
    })
  })

  it("refuses more women members than members and a short story", () => {
    expect(parsePublicPage(formOf({ ...valid, story: "Court", women_member_count: "25" }))).toMatchObject({
      ok: false,
      state: { errors: { story: "too_short", women_member_count: "women_exceed_members" } },
    })
  })
})

describe("parseRib", () => {
  it("takes 24 digits typed with spaces, and an empty field as removing it", () => {
    expect(parseRib(formOf({ bank_rib: "011 780 0000 1234 5678 9012 34" }))).toEqual({ ok: true, data: { bank_rib: "011780000012345678901234" } })
    expect(parseRib(formOf({ bank_rib: "" }))).toEqual({ ok: true, data: { bank_rib: null } })
    expect(parseRib(formOf({ bank_rib: "0117 8000" }))).toMatchObject({ ok: false, state: { errors: { bank_rib: "invalid_rib" } } })
  })
})

describe("parseInvite", () => {
  it("needs an email or a phone, and gives the member role unless owner is chosen", () => {
    expect(parseInvite(formOf({ email: "", phone: "" }))).toMatchObject({ ok: false, state: { errors: { email: "contact_required" } } })
    expect(parseInvite(formOf({ email: "", phone: "0612345678" }))).toEqual({ ok: true, data: { phone: "+212612345678", role: "member" } })
    expect(parseInvite(formOf({ email: "Fatima@Coop.ma", phone: "", role: "owner" }))).toEqual({ ok: true, data: { email: "fatima@coop.ma", role: "owner" } })
    expect(parseInvite(formOf({ email: "x", phone: "1", role: "admin" }))).toMatchObject({
      ok: false,
      state: { errors: { email: "invalid_email", phone: "invalid_phone" } },
    })
  })
})

describe("chosenImage", () => {
  it("reads an empty input as nothing chosen and refuses what the backend would", () => {
    expect(chosenImage(null)).toBeNull()
    expect(chosenImage(new File([], "", { type: "application/octet-stream" }))).toBeNull()
    expect(chosenImage(new File(["%PDF"], "statuts.pdf", { type: "application/pdf" }))).toEqual({ error: "image_type" })
    const big = new File([new Uint8Array(maxImageBytes + 1)], "big.jpg", { type: "image/jpeg" })
    expect(chosenImage(big)).toEqual({ error: "image_too_large" })
    const logo = new File(["png"], "logo.png", { type: "image/png" })
    expect(chosenImage(logo)).toEqual({ file: logo })
  })
})
