import { isLocale, locales } from "@tiwizi/locale"
import type { ListingValues } from "./listing-form"
import { isProductId } from "./listing-product"
import { wizardSteps, type WizardStep } from "./listing-validation"

/**
 * A photo of the wizard: `blob` is the resized photo taken on this phone (null for one already
 * on the product), `url` its address once it is on the server. A photo with a blob and no url
 * is still to be sent; one with both was sent and is never sent again.
 */
export type WizardPhoto = { id: string; blob: Blob | null; url: string | null }

/**
 * Everything the wizard needs to resume after a lost connection or a closed tab. `productId` is
 * set as soon as the backend created the product, so that resuming never creates it twice.
 */
export type WizardDraft = { step: WizardStep; values: ListingValues; photos: WizardPhoto[]; productId: string | null }

/**
 * A draft as the browser keeps it: a small record, written on every change (and at once when
 * the page closes, when there is no time to copy photos), and the photos' blobs apart, each under
 * {@link photoKey}, written once when the photo is added. `local` says a photo's blob is kept.
 */
export type DraftRecord = Omit<WizardDraft, "photos"> & {
  version: 2
  savedAt: number
  photos: { id: string; url: string | null; local: boolean }[]
}

/** A draft untouched for a month is from another listing session: it is not offered again. */
export const draftLifetimeMs = 30 * 24 * 60 * 60 * 1000

/**
 * Where a draft is kept: one per member (two members may share a phone) and per listing (`new`,
 * or the product's id when editing).
 */
export function draftKey(memberId: string, listing: string): string {
  return `tiwizi:listing-draft:${memberId}:${listing}`
}

/** Where the blob of one photo of the draft `key` is kept. */
export function photoKey(key: string, photoId: string): string {
  return `${key}:photo:${photoId}`
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null
const isString = (value: unknown): value is string => typeof value === "string"
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString)

/**
 * Whether a value has the shape of the wizard's values: read back from the browser, or received
 * by the save action, it is never trusted as is.
 */
export function isListingValues(value: unknown): value is ListingValues {
  if (!isObject(value)) return false
  const strings = ["category", "width", "length", "technique", "dyeKind", "workHours"].every((key) => isString(value[key]))
  const texts = value.texts
  const textsOk =
    isObject(texts) &&
    locales.every((locale) => isObject(texts[locale]) && ["title", "subtitle", "description"].every((key) => isString((texts[locale] as Record<string, unknown>)[key])))
  const variantsOk =
    Array.isArray(value.variants) &&
    value.variants.length > 0 &&
    value.variants.every((variant) => isObject(variant) && (variant.id === null || isString(variant.id)) && isString(variant.title) && isString(variant.price) && isString(variant.stock))
  return (
    strings &&
    isStringList(value.materials) &&
    isStringList(value.dyes) &&
    typeof value.oneOfAKind === "boolean" &&
    typeof value.subtitleEdited === "boolean" &&
    isLocale(value.language) &&
    textsOk &&
    variantsOk
  )
}

function isPhotoEntry(value: unknown): value is DraftRecord["photos"][number] {
  return (
    isObject(value) &&
    isString(value.id) &&
    (value.url === null || isString(value.url)) &&
    typeof value.local === "boolean" &&
    (value.local || value.url !== null)
  )
}

/**
 * A draft record as read back from the browser, or `null` when there is none, it is too old, or
 * it is not one this version of the wizard wrote (a change of shape must not break the page).
 */
export function readDraftRecord(raw: unknown, now = Date.now()): DraftRecord | null {
  if (!isObject(raw) || raw.version !== 2) return null
  if (typeof raw.savedAt !== "number" || now - raw.savedAt > draftLifetimeMs) return null
  if (!wizardSteps.includes(raw.step as WizardStep) || !isListingValues(raw.values)) return null
  if (!Array.isArray(raw.photos) || !raw.photos.every(isPhotoEntry)) return null
  if (raw.productId !== null && !isProductId(raw.productId)) return null
  return raw as DraftRecord
}

/** The record of the wizard's current state, stamped now; the photos' blobs are kept apart. */
export function toDraftRecord(draft: WizardDraft, now = Date.now()): DraftRecord {
  const photos = draft.photos.map(({ id, blob, url }) => ({ id, url, local: blob !== null }))
  return { version: 2, savedAt: now, step: draft.step, values: draft.values, photos, productId: draft.productId }
}

/**
 * The draft again, from its record and the blobs found. A photo whose blob is gone (the browser
 * cleared some storage) is left out rather than shown empty, unless it is on the server already.
 */
export function draftFromRecord(record: DraftRecord, blobs: ReadonlyMap<string, Blob>): WizardDraft {
  const photos = record.photos.flatMap(({ id, url, local }) => {
    const blob = local ? (blobs.get(id) ?? null) : null
    return blob || url ? [{ id, blob, url }] : []
  })
  return { step: record.step, values: record.values, photos, productId: record.productId }
}
