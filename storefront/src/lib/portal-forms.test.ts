import { describe, expect, it } from "vitest"
import { failureState, latinDigits, parseLogin, parseNewPassword, parsePhone, parseRegister, wholeNumber } from "./portal-forms"

const formOf = (entries: Record<string, string>) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(entries)) form.set(name, value)
  return form
}

describe("numbers typed on a phone", () => {
  it("reads Arabic-Indic and Persian digits as Latin ones", () => {
    expect(latinDigits("٠٦١٢٣٤ ۵۶")).toBe("061234 56")
    expect(wholeNumber("٢٠١٢")).toBe(2012)
    expect(wholeNumber(" 1 250 ")).toBe(1250)
    expect(wholeNumber("12a")).toBeNull()
    expect(wholeNumber("-3")).toBeNull()
  })

  it("stores Moroccan phones in international form", () => {
    expect(parsePhone("06 12 34 56 78")).toBe("+212612345678")
    expect(parsePhone("٠٦١٢٣٤٥٦٧٨")).toBe("+212612345678")
    expect(parsePhone("+33 6 12 34 56 78")).toBe("+33612345678")
    expect(parsePhone("12")).toBeNull()
  })
})

describe("parseLogin", () => {
  it("lower-cases the email and keeps the remember choice", () => {
    expect(parseLogin(formOf({ email: " Amina@Coop.ma ", password: " secret ", remember: "on" }))).toEqual({
      ok: true,
      data: { email: "amina@coop.ma", password: " secret ", remember: true },
    })
    const parsed = parseLogin(formOf({ email: "amina@coop.ma", password: "x" }))
    expect(parsed.ok && parsed.data.remember).toBe(false)
  })

  it("names the missing fields and never keeps the password", () => {
    const parsed = parseLogin(formOf({ email: "amina", password: "" }))
    expect(parsed).toEqual({ ok: false, state: { status: "error", values: { email: "amina", remember: "" }, errors: { email: "invalid_email", password: "required" } } })
  })
})

describe("parseRegister", () => {
  const valid = { first_name: "Amina", last_name: "Ait Ali", email: "amina@coop.ma", password: "tiwizi-2026", remember: "on" }

  it("takes an optional phone, stored in international form", () => {
    expect(parseRegister(formOf(valid))).toMatchObject({ ok: true, data: { phone: null, remember: true } })
    expect(parseRegister(formOf({ ...valid, phone: "0612345678" }))).toMatchObject({ ok: true, data: { phone: "+212612345678" } })
  })

  it("refuses a short password, a wrong phone and missing names", () => {
    const parsed = parseRegister(formOf({ ...valid, first_name: "", phone: "123", password: "short" }))
    expect(parsed.ok).toBe(false)
    if (parsed.ok || parsed.state.status !== "error") return
    expect(parsed.state.errors).toEqual({ first_name: "required", phone: "invalid_phone", password: "password_too_short" })
    expect(parsed.state.values).not.toHaveProperty("password")
  })
})

describe("parseNewPassword", () => {
  it("needs the link's token and email, then a long enough password", () => {
    expect(parseNewPassword(formOf({ token: "", email: "a@b.ma", password: "long-enough" }))).toMatchObject({ ok: false, state: { formError: "invalid_link" } })
    expect(parseNewPassword(formOf({ token: "t", email: "a@b.ma", password: "short" }))).toMatchObject({
      ok: false,
      state: { errors: { password: "password_too_short" } },
    })
    expect(parseNewPassword(formOf({ token: "t", email: "a@b.ma", password: "long-enough" }))).toEqual({ ok: true, data: { token: "t", password: "long-enough" } })
  })
})

describe("failureState", () => {
  it("puts a failure next to its field when the form has it, else above the form", () => {
    expect(failureState({ phone: "x" }, { code: "invalid_phone", field: "phone" })).toEqual({ status: "error", values: { phone: "x" }, errors: { phone: "invalid_phone" } })
    expect(failureState({ phone: "x" }, { code: "invalid", field: "handle" })).toEqual({ status: "error", values: { phone: "x" }, errors: {}, formError: "invalid" })
  })
})
