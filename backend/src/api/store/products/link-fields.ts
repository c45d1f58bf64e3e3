import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** The cooperative as a product shows it: who made it and where, nothing private. */
export const productCooperativeFields = ["id", "handle", "name", "province", "commune", "women_led", "rural"]

/**
 * Every field of a provenance is public except weaver names without consent, which
 * `withholdWeaverNames` removes from the response.
 */
export const productProvenanceFields = [
  "id",
  "weaver_names",
  "weaver_consent",
  "village",
  "technique",
  "materials",
  "dye_kind",
  "dyes",
  "knot_density",
  "pile_height_mm",
  "width_cm",
  "length_cm",
  "work_hours",
  "one_of_a_kind",
  "made_to_order",
  "labels",
]

const allowedLinkFields = [
  ...productCooperativeFields.map((field) => `cooperative.${field}`),
  "provenance",
  ...productProvenanceFields.map((field) => `provenance.${field}`),
]

// `*cooperative` (or `cooperative.*`) would select the whole record, RIB included, so it is never
// allowed as such; it is read as "the cooperative's public fields" instead of being dropped.
const WHOLE_COOPERATIVE = /^[+ ]?(\*cooperative|cooperative\.\*)$/

function expandCooperative(fields: string): string {
  return fields
    .split(",")
    .flatMap((field) => (WHOLE_COOPERATIVE.test(field) ? productCooperativeFields.map((name) => `+cooperative.${name}`) : [field]))
    .join(",")
}

/**
 * Lets `GET /store/products` and `GET /store/products/:id` return the product's cooperative and
 * provenance through `fields` (`*cooperative,*provenance` or single fields such as
 * `+cooperative.handle`). Medusa's store product routes only serve fields on their allowed list,
 * and a global middleware adding to `req.allowed` is the documented way to extend it; link fields
 * not listed there are silently dropped.
 */
export function allowCooperativeAndProvenance(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed.push(...allowedLinkFields)
  const { fields } = req.query
  if (typeof fields === "string") req.query.fields = expandCooperative(fields)
  else if (Array.isArray(fields)) req.query.fields = fields.map((value) => (typeof value === "string" ? expandCooperative(value) : value))
  next()
}
