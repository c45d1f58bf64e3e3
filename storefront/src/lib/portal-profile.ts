import type { PortalErrorCode } from "./portal-errors"
import { imageTypes, maxImageBytes } from "./portal-image"
import { emailError, latinDigits, parsePhone, result, text, textError, wholeNumber, type Parsed } from "./portal-forms"

/** The fields of the cooperative's public page that members keep up to date (`POST /vendor/cooperative`). */
export type PublicPage = { story: string; phone: string; email: string; member_count: number; women_member_count: number }

const maxCount = 100_000

function countError(count: number | null, typed: string, min: number): PortalErrorCode | undefined {
  if (!typed) return "required"
  return count === null || count < min || count > maxCount ? "invalid_number" : undefined
}

/** The public page form, with the backend's rules: a story of 20 characters or more, women members within members. */
export function parsePublicPage(form: FormData): Parsed<PublicPage> {
  const values = {
    story: text(form, "story"),
    phone: text(form, "phone"),
    email: text(form, "email").toLowerCase(),
    member_count: text(form, "member_count"),
    women_member_count: text(form, "women_member_count"),
  }
  const members = wholeNumber(values.member_count)
  const women = wholeNumber(values.women_member_count)
  const phone = parsePhone(values.phone)
  const errors: Partial<Record<keyof PublicPage, PortalErrorCode | undefined>> = {
    story: textError(values.story, 5_000, 20),
    phone: !values.phone ? "required" : phone ? undefined : "invalid_phone",
    email: emailError(values.email),
    member_count: countError(members, values.member_count, 1),
    women_member_count: countError(women, values.women_member_count, 0),
  }
  if (!errors.member_count && !errors.women_member_count && women! > members!) errors.women_member_count = "women_exceed_members"
  return result(values, errors, { story: values.story, phone: phone!, email: values.email, member_count: members!, women_member_count: women! })
}

/**
 * The bank details form: a Moroccan RIB, 24 digits, typed with the spaces of a bank statement
 * (`011 780 0000 1234 5678 9012 34`); an empty field removes it.
 */
export function parseRib(form: FormData): Parsed<{ bank_rib: string | null }> {
  const typed = text(form, "bank_rib")
  const rib = latinDigits(typed).replace(/[\s.-]/g, "")
  return result({ bank_rib: typed }, { bank_rib: rib && !/^\d{24}$/.test(rib) ? "invalid_rib" : undefined }, { bank_rib: rib || null })
}

/** An invitation: an email or a phone number (at least one), and the role it gives. */
export type Invitation = { email?: string; phone?: string; role: "member" | "owner" }

/** The invitation form. A Moroccan phone is sent in international form, as the backend keeps it. */
export function parseInvite(form: FormData): Parsed<Invitation> {
  const values = { email: text(form, "email").toLowerCase(), phone: text(form, "phone"), role: text(form, "role") === "owner" ? "owner" : "member" }
  const phone = values.phone ? parsePhone(values.phone) : null
  const errors: Partial<Record<string, PortalErrorCode | undefined>> = {
    email: values.email ? emailError(values.email) : values.phone ? undefined : "contact_required",
    phone: values.phone && !phone ? "invalid_phone" : undefined,
  }
  const role = values.role as Invitation["role"]
  return result(values, errors, { ...(values.email ? { email: values.email } : {}), ...(phone ? { phone } : {}), role })
}

/** A picture chosen in a file input: the file, what is wrong with it, or `null` when none was chosen. */
export type ChosenImage = { file: File } | { error: PortalErrorCode } | null

/** Reads a file input: an empty one is "nothing chosen", anything but a JPEG, PNG or WebP of 10 MB at most is refused. */
export function chosenImage(value: FormDataEntryValue | null): ChosenImage {
  if (!(value instanceof File) || value.size === 0) return null
  if (!imageTypes.includes(value.type)) return { error: "image_type" }
  return value.size > maxImageBytes ? { error: "image_too_large" } : { file: value }
}
