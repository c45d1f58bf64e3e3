import { model } from "@medusajs/framework/utils"
import { dyeKinds } from "@tiwizi/crafts"

/**
 * Who made a product, where and how. Codes (technique, materials, dyes) come from
 * `@tiwizi/crafts` so the shop's filters and labels share one vocabulary. Weavers' names are kept
 * even without consent, for staff, but are shown only when `weaver_consent` is true.
 */
const Provenance = model.define("provenance", {
  id: model.id({ prefix: "prov" }).primaryKey(),
  weaver_names: model.json<string[]>().default([]),
  weaver_consent: model.boolean().default(false),
  village: model.text().nullable(),
  technique: model.text(),
  materials: model.array(),
  // Null for goods that are not dyed at all (honey, argan oil, plain pottery).
  dye_kind: model.enum([...dyeKinds]).nullable(),
  dyes: model.array().default([]),
  knot_density: model.number().nullable(),
  pile_height_mm: model.number().nullable(),
  width_cm: model.number().nullable(),
  length_cm: model.number().nullable(),
  work_hours: model.number().nullable(),
  one_of_a_kind: model.boolean().default(false),
  made_to_order: model.boolean().default(false),
  labels: model.array().default([]),
})

export default Provenance
