import { locales } from "@tiwizi/locale"
import { parseAmount, parseWhole, textLimits, type ListingTexts, type ListingValues } from "./listing-form"
import { asks, type ListingFamily } from "./listing-questions"

/** The wizard's steps, in order: photos first, then what the piece is, its words, its price. */
export const wizardSteps = ["photos", "category", "questions", "words", "price"] as const
export type WizardStep = (typeof wizardSteps)[number]

/** Everything the wizard can say about a field (messages `PortalListings.errors.<code>`). */
export const listingErrorCodes = [
  "required",
  "too_long",
  "photo_required",
  "too_many_photos",
  "photo_unreadable",
  "size_range",
  "hours_range",
  "whole_number",
  "price_invalid",
  "price_too_high",
  "stock_range",
  "dye_kind_required",
  "invalid",
] as const
export type ListingErrorCode = (typeof listingErrorCodes)[number]

/** Errors by field name: `photos`, `category`, `width`, `title.ar`, `variants.0.price`, … */
export type ListingFieldErrors = Partial<Record<string, ListingErrorCode>>

/** What the checks need besides the values: the chosen category's family and the photos kept. */
export type ValidationContext = { family: ListingFamily | null; photoCount: number }

/** As many photos as the backend shows on a product. */
export const maxPhotos = 10

function checkWhole(value: string, min: number, max: number, rangeCode: ListingErrorCode): ListingErrorCode | undefined {
  const number = parseWhole(value)
  if (number === null) return undefined
  if (Number.isNaN(number)) return "whole_number"
  return number < min || number > max ? rangeCode : undefined
}

function checkPhotos(context: ValidationContext): ListingFieldErrors {
  if (context.photoCount < 1) return { photos: "photo_required" }
  return context.photoCount > maxPhotos ? { photos: "too_many_photos" } : {}
}

function checkQuestions(values: ListingValues, family: ListingFamily | null): ListingFieldErrors {
  const errors: ListingFieldErrors = {}
  if (asks(family, "size")) {
    // Optional, as on the backend (a piece measured later is still listed), but never implausible.
    for (const side of ["width", "length"] as const) {
      const error = checkWhole(values[side], 10, 1000, "size_range")
      if (error) errors[side] = error
    }
  }
  if (!values.technique) errors.technique = "required"
  if (!values.materials.length) errors.materials = "required"
  if (asks(family, "dye") && values.dyes.length && !values.dyeKind) errors.dyeKind = "dye_kind_required"
  if (asks(family, "workHours")) {
    const error = checkWhole(values.workHours, 1, 10_000, "hours_range")
    if (error) errors.workHours = error
  }
  return errors
}

function checkTexts(values: ListingValues): ListingFieldErrors {
  const errors: ListingFieldErrors = {}
  for (const locale of locales) {
    for (const field of Object.keys(textLimits) as (keyof ListingTexts)[]) {
      const name = `${field}.${locale}`
      const text = values.texts[locale][field].trim()
      if (locale === values.language && !text) errors[name] = "required"
      else if (text.length > textLimits[field]) errors[name] = "too_long"
    }
  }
  return errors
}

/**
 * Whether the member types a stock: not for a one-of-a-kind piece (its stock is 1), unless the
 * product already has several variants (each has its own stock).
 */
export function asksStock(values: ListingValues, family: ListingFamily | null): boolean {
  return !asks(family, "pieces") || !values.oneOfAKind || values.variants.length > 1
}

/**
 * What is wrong with a price in MAD as typed, if anything. The backend's rule: more than 0, at
 * most two decimals (compared with a margin, as floats are), at most 10 000 000.
 */
export function priceError(text: string): ListingErrorCode | undefined {
  const price = parseAmount(text)
  if (price === null) return "required"
  if (Number.isNaN(price) || price <= 0 || Math.abs(Math.round(price * 100) - price * 100) > 1e-6) return "price_invalid"
  return price > 10_000_000 ? "price_too_high" : undefined
}

/** What is wrong with a stock as typed, if anything: a whole number from 0 to 100 000. */
export function stockError(text: string): ListingErrorCode | undefined {
  const stock = parseWhole(text)
  if (stock === null) return "required"
  return Number.isNaN(stock) || stock > 100_000 ? "stock_range" : undefined
}

function checkVariants(values: ListingValues, family: ListingFamily | null): ListingFieldErrors {
  const errors: ListingFieldErrors = {}
  const stockAsked = asksStock(values, family)
  values.variants.forEach((variant, index) => {
    const price = priceError(variant.price)
    if (price) errors[`variants.${index}.price`] = price
    const stock = stockAsked && stockError(variant.stock)
    if (stock) errors[`variants.${index}.stock`] = stock
  })
  return errors
}

/** The errors of one step, by field; empty when the member may go on. */
export function validateStep(step: WizardStep, values: ListingValues, context: ValidationContext): ListingFieldErrors {
  switch (step) {
    case "photos":
      return checkPhotos(context)
    case "category":
      return context.family ? {} : { category: "required" }
    case "questions":
      return checkQuestions(values, context.family)
    case "words":
      return checkTexts(values)
    case "price":
      return checkVariants(values, context.family)
  }
}

/** The first step with errors, and its errors; `null` when the whole listing can be saved. */
export function firstInvalidStep(values: ListingValues, context: ValidationContext): { step: WizardStep; errors: ListingFieldErrors } | null {
  for (const step of wizardSteps) {
    const errors = validateStep(step, values, context)
    if (Object.keys(errors).length) return { step, errors }
  }
  return null
}

/** The step that shows a field, so that an error found later (by the backend) leads back to it. */
export function stepOfField(field: string): WizardStep {
  if (field === "photos") return "photos"
  if (field === "category") return "category"
  if (field.startsWith("variants.")) return "price"
  if (/^(title|subtitle|description)\./.test(field)) return "words"
  return "questions"
}
