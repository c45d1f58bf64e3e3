import type { PortalErrorCode } from "./portal-errors"
import { emailError, parsePhone, result, text, textError, ticked, wholeNumber, type FormValues, type Parsed } from "./portal-forms"
import { isMoroccanRegion } from "./portal-regions"

/** What `POST /vendor/application` takes. */
export type Application = {
  name: string
  legal_name: string
  odco_number: string
  artisan_registry_number: string | null
  region: string
  province: string
  commune: string
  founded_year: number
  member_count: number
  women_member_count: number
  women_led: boolean
  rural: boolean
  story: string
  phone: string
  email: string
}

/** The application form's fields, in the order the form shows them. */
export const applicationFields = [
  "name",
  "legal_name",
  "odco_number",
  "artisan_registry_number",
  "region",
  "province",
  "commune",
  "founded_year",
  "member_count",
  "women_member_count",
  "women_led",
  "rural",
  "story",
  "phone",
  "email",
] as const satisfies readonly (keyof Application)[]

const firstFoundingYear = 1900
const maxCount = 100_000
const textLimits = { name: [120, 2], legal_name: [200, 2], odco_number: [40, 1], province: [100, 1], commune: [100, 1], story: [5_000, 20] } as const

function yearError(year: number | null, typed: string, thisYear: number): PortalErrorCode | undefined {
  if (!typed) return "required"
  return year === null || year < firstFoundingYear || year > thisYear ? "invalid_year" : undefined
}

function countError(count: number | null, typed: string, min: number): PortalErrorCode | undefined {
  if (!typed) return min > 0 ? "required" : undefined
  return count === null || count < min || count > maxCount ? "invalid_number" : undefined
}

/**
 * The application form, checked with the backend's rules so that each mistake shows next to its
 * field before anything is sent: lengths, a founding year between 1900 and this year, at least
 * one member, no more women members than members, a women-led cooperative with women members,
 * one of the twelve regions, a phone number (Moroccan ones stored in international form).
 */
export function parseApplication(form: FormData, today = new Date()): Parsed<Application> {
  const values: FormValues = Object.fromEntries(applicationFields.map((name) => [name, text(form, name)]))
  values.women_led = ticked(form, "women_led") ? "on" : ""
  values.rural = ticked(form, "rural") ? "on" : ""
  values.email = values.email.toLowerCase()
  const foundedYear = wholeNumber(values.founded_year)
  const members = wholeNumber(values.member_count)
  const women = values.women_member_count ? wholeNumber(values.women_member_count) : 0
  const phone = parsePhone(values.phone)
  const womenLed = values.women_led === "on"

  const errors: Partial<Record<keyof Application, PortalErrorCode | undefined>> = {
    ...Object.fromEntries(Object.entries(textLimits).map(([name, [max, min]]) => [name, textError(values[name], max, min)])),
    artisan_registry_number: values.artisan_registry_number.length > 40 ? "too_long" : undefined,
    region: !values.region ? "required" : isMoroccanRegion(values.region) ? undefined : "invalid_region",
    founded_year: yearError(foundedYear, values.founded_year, today.getFullYear()),
    member_count: countError(members, values.member_count, 1),
    women_member_count: countError(women, values.women_member_count, 0),
    phone: !values.phone ? "required" : phone ? undefined : "invalid_phone",
    email: emailError(values.email),
  }
  if (!errors.member_count && !errors.women_member_count && women! > members!) errors.women_member_count = "women_exceed_members"
  if (!errors.women_member_count && womenLed && !women) errors.women_led = "women_led_needs_women"

  return result(values, errors, {
    name: values.name,
    legal_name: values.legal_name,
    odco_number: values.odco_number,
    artisan_registry_number: values.artisan_registry_number || null,
    region: values.region,
    province: values.province,
    commune: values.commune,
    founded_year: foundedYear!,
    member_count: members!,
    women_member_count: women!,
    women_led: womenLed,
    rural: values.rural === "on",
    story: values.story,
    phone: phone!,
    email: values.email,
  })
}

/** The form's values from a cooperative the member applied for before (to apply again after a rejection). */
export function applicationValues(cooperative: Application): FormValues {
  return Object.fromEntries(
    applicationFields.map((name) => {
      const value = cooperative[name]
      return [name, typeof value === "boolean" ? (value ? "on" : "") : (value ?? "").toString()]
    }),
  )
}
