import { checkAddress, findMoroccanCity, normalizePhone, type AddressIssueCode } from "@tiwizi/address"

/** The fields of the checkout's address step, with Medusa's names. */
export const addressFormFields = [
  "email",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "country_code",
  "phone",
] as const
export type AddressFormField = (typeof addressFormFields)[number]

export type AddressFormValues = Record<AddressFormField, string>

/** Why a field was refused: the address rules' codes, and the e-mail's own. */
export type AddressFormIssueCode = AddressIssueCode | "invalid_email"
export const addressFormIssueCodes = [
  "required",
  "too_long",
  "invalid_phone",
  "unknown_city",
  "invalid_postal_code",
  "unsupported_country",
  "invalid_email",
] as const satisfies readonly AddressFormIssueCode[]

export type AddressFormIssues = Partial<Record<AddressFormField, AddressFormIssueCode>>

/** What a customer typed, trimmed; a missing field is an empty string. */
export function readAddressForm(form: FormData): AddressFormValues {
  const value = (field: AddressFormField) => {
    const entry = form.get(field)
    return typeof entry === "string" ? entry.trim() : ""
  }
  return Object.fromEntries(addressFormFields.map((field) => [field, value(field)])) as AddressFormValues
}

// Deliberately loose: one "@", a dot in the domain, no spaces. The mailbox's existence is
// proven by the confirmation e-mail, not by a pattern.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * What is wrong with the address step's answers, one code per field (the first found), with the
 * shared address rules (`checkAddress`) plus the e-mail and the region's countries. `{}` when
 * the address can be sent to the backend.
 */
export function checkAddressForm(values: AddressFormValues, countries: readonly string[]): AddressFormIssues {
  const issues: AddressFormIssues = {}
  if (!values.email) issues.email = "required"
  else if (values.email.length > 254 || !emailPattern.test(values.email)) issues.email = "invalid_email"
  for (const issue of checkAddress(values)) {
    if (issue.field in values) issues[issue.field as AddressFormField] ??= issue.code
  }
  if (values.country_code && !issues.country_code && !countries.includes(values.country_code.toLowerCase())) {
    issues.country_code = "unsupported_country"
  }
  return issues
}

/** The address as the cart stores it: lower-case country, phone in E.164, a Moroccan city by its postal name and province. */
export function toCartAddress(values: AddressFormValues) {
  const country = values.country_code.toLowerCase()
  const city = country === "ma" ? findMoroccanCity(values.city) : undefined
  return {
    first_name: values.first_name,
    last_name: values.last_name,
    address_1: values.address_1,
    address_2: values.address_2 || undefined,
    city: city?.name ?? values.city,
    province: city?.province,
    postal_code: values.postal_code || undefined,
    country_code: country,
    phone: normalizePhone(values.phone, country) ?? values.phone,
  }
}

const fieldNames = addressFormFields.join("|")
const codeNames = addressFormIssueCodes.join("|")
// `shipping_address.phone` (or `billing_address.…`, or a bare `email`) followed, before the next
// field, by one of the codes: the backend names both in its 400 message.
const issueInMessage = new RegExp(`(?:(?:shipping|billing)_address\\.)?\\b(${fieldNames})\\b[^.;,\\n]*?\\b(${codeNames})\\b`, "g")

type BackendIssue = { field?: unknown; code?: unknown }

/**
 * The backend's refusal of an address (400 `invalid_data`) as issues next to the form's fields:
 * from its `issues` list (`{ field: "shipping_address.phone", code: "invalid_phone" }`) when the
 * body carries one, else from the message, which names each field and its code.
 */
export function addressIssuesFromBackend(refusal: { message?: string; issues?: readonly BackendIssue[] }): AddressFormIssues {
  const found: AddressFormIssues = {}
  const add = (field: string, code: string) => {
    const name = field.replace(/^(shipping|billing)_address\./, "") as AddressFormField
    if (addressFormFields.includes(name) && (addressFormIssueCodes as readonly string[]).includes(code)) {
      found[name] ??= code as AddressFormIssueCode
    }
  }
  for (const issue of refusal.issues ?? []) {
    if (typeof issue.field === "string" && typeof issue.code === "string") add(issue.field, issue.code)
  }
  for (const match of (refusal.message ?? "").matchAll(issueInMessage)) add(match[1], match[2])
  return found
}
