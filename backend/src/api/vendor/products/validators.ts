import { z } from "@medusajs/framework/zod"
import { dyeCodes, dyeKinds, leafCategoryHandles, materialCodes, techniqueCodes } from "@tiwizi/crafts"
import { listingStates } from "../../../modules/listing/models/listing"
import { assertValidProvenance } from "../../../modules/provenance/validate-provenance"

/**
 * Bodies and queries of `/vendor/products`. Every object is strict, so an unknown field, and
 * `cooperative_id` above all (the cooperative comes from the login, never from a body), is a
 * 400 naming it. Messages name their field: a person on a phone needs to know which box to fix.
 */

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)

/**
 * At least one of the three languages, each given one checked: a member writes in their own
 * language (see `baseText`), staff may add the others. On an update, the ones left out stay as
 * they are.
 */
const someText = (field: string, max: number) =>
  z
    .object({ fr: text(`${field}.fr`, max), ar: text(`${field}.ar`, max), en: text(`${field}.en`, max) })
    .partial()
    .strict()
    .refine((value) => Object.keys(value).length > 0, `${field} needs at least one of fr, ar, en`)

const category = z.enum(leafCategoryHandles as [string, ...string[]], {
  error: `category must be one of ${leafCategoryHandles.join(", ")}`,
})

/** Amounts in the currency's main unit, to the cent. */
const amount = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .positive(`${field} must be more than 0`)
    .max(10_000_000, `${field} must be at most 10000000`)
    .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, `${field} must have at most two decimals`)

const stock = (field: string) =>
  z
    .number({ error: `${field} must be a whole number` })
    .int(`${field} must be a whole number`)
    .min(0, `${field} cannot be negative`)
    .max(100_000, `${field} must be at most 100000`)

const id = (field: string) => text(field, 100)

const wholeNumber = (field: string) => z.number({ error: `${field} must be a number` }).int(`${field} must be a whole number`).nullable()

const provenanceFields = z
  .object({
    weaver_names: z.array(text("provenance.weaver_names", 100)).max(30),
    weaver_consent: z.boolean({ error: "provenance.weaver_consent must be true or false" }),
    village: text("provenance.village", 100).nullable(),
    technique: z.enum(techniqueCodes, { error: `provenance.technique must be one of ${techniqueCodes.join(", ")}` }),
    materials: z
      .array(z.enum(materialCodes, { error: `provenance.materials must be among ${materialCodes.join(", ")}` }))
      .min(1, "provenance.materials must name at least one material")
      .max(10),
    dye_kind: z.enum(dyeKinds, { error: `provenance.dye_kind must be one of ${dyeKinds.join(", ")}` }).nullable(),
    dyes: z.array(z.enum(dyeCodes, { error: `provenance.dyes must be among ${dyeCodes.join(", ")}` })).max(20),
    knot_density: wholeNumber("provenance.knot_density"),
    pile_height_mm: wholeNumber("provenance.pile_height_mm"),
    width_cm: wholeNumber("provenance.width_cm"),
    length_cm: wholeNumber("provenance.length_cm"),
    work_hours: wholeNumber("provenance.work_hours"),
    one_of_a_kind: z.boolean({ error: "provenance.one_of_a_kind must be true or false" }),
    made_to_order: z.boolean({ error: "provenance.made_to_order must be true or false" }),
    labels: z.array(text("provenance.labels", 60)).max(10),
  })
  .strict()

/**
 * The provenance module's own rules (ranges, units, dyes against the dye kind), checked here too
 * so a bad provenance is refused at the edge with the module's message, prefixed by its place.
 */
function provenanceRules(value: Record<string, unknown>, context: z.RefinementCtx) {
  try {
    assertValidProvenance(value)
  } catch (error) {
    context.addIssue({ code: "custom", message: `provenance.${(error as Error).message}` })
  }
}

const newProvenance = provenanceFields.partial().required({ technique: true, materials: true }).superRefine(provenanceRules)

const changedProvenance = provenanceFields
  .partial()
  .refine((value) => Object.keys(value).length > 0, "provenance needs at least one field")
  .superRefine(provenanceRules)

const prices = (field: string) =>
  z.object({ mad: amount(`${field}.mad`), eur: amount(`${field}.eur`).optional(), usd: amount(`${field}.usd`).optional() }).strict()

const variant = z
  .object({
    title: text("variants.title", 64),
    sku: text("variants.sku", 64).optional(),
    prices: prices("variants.prices"),
    stock: stock("variants.stock"),
    weight_grams: z.number({ error: "variants.weight_grams must be a number" }).int().positive().max(500_000).optional(),
  })
  .strict()

/** `POST /vendor/products`: a new product, created as a draft of the member's cooperative. */
export const CreateProductBody = z
  .object({
    title: someText("title", 200),
    subtitle: someText("subtitle", 200),
    description: someText("description", 5_000),
    category,
    option_title: someText("option_title", 60).optional(),
    variants: z
      .array(variant)
      .min(1, "variants needs at least one variant")
      .max(20, "variants: at most 20")
      .refine(
        (variants) => new Set(variants.map((v) => v.title.toLowerCase())).size === variants.length,
        "variants: each variant needs its own title",
      ),
    provenance: newProvenance,
  })
  .strict()
export type CreateProductBody = z.infer<typeof CreateProductBody>

/**
 * `POST /vendor/products/:id`: texts (any language), category, images (the product's own, in the
 * order to show, the first being the thumbnail; new ones come through `/images`) and provenance.
 * Price and stock have their own routes.
 */
export const UpdateProductBody = z
  .object({
    title: someText("title", 200),
    subtitle: someText("subtitle", 200),
    description: someText("description", 5_000),
    category,
    images: z.array(z.url({ protocol: /^https?$/, error: "images must be http(s) addresses" })).max(10, "images: at most 10"),
    provenance: changedProvenance,
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Send at least one field to change")
export type UpdateProductBody = z.infer<typeof UpdateProductBody>

/** `POST /vendor/products/:id/provenance`: provenance fields to change (or, for a product without one, to create it). */
export const UpdateProvenanceBody = changedProvenance
export type UpdateProvenanceBody = z.infer<typeof UpdateProvenanceBody>

/** `POST /vendor/products/:id/price`: new prices of some variants; currencies left out keep theirs. */
export const SetPricesBody = z
  .object({
    variants: z
      .array(
        z
          .object({
            id: id("variants.id"),
            prices: prices("variants.prices")
              .partial()
              .refine((value) => Object.keys(value).length > 0, "variants.prices needs at least one of mad, eur, usd"),
          })
          .strict(),
      )
      .min(1, "variants needs at least one variant")
      .max(50),
  })
  .strict()
export type SetPricesBody = z.infer<typeof SetPricesBody>

/** `POST /vendor/products/:id/stock`: pieces in stock per variant. */
export const SetStockBody = z
  .object({
    variants: z
      .array(z.object({ id: id("variants.id"), stock: stock("variants.stock") }).strict())
      .min(1, "variants needs at least one variant")
      .max(50),
  })
  .strict()
export type SetStockBody = z.infer<typeof SetStockBody>

/** `GET /vendor/products`: the member's cooperative's products, newest first, optionally in one state. */
export const ListProductsQuery = z
  .object({
    state: z.enum(listingStates, { error: `state must be one of ${listingStates.join(", ")}` }).optional(),
    limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(100).default(20),
    offset: z.coerce.number({ error: "offset must be a number" }).int().min(0).default(0),
  })
  .strict()
export type ListProductsQuery = z.infer<typeof ListProductsQuery>
