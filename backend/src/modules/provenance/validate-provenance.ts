import { MedusaError } from "@medusajs/framework/utils"
import { dyeKinds, dyeOf, isDye, isMaterial, isTechnique, type DyeKind } from "@tiwizi/crafts"

/** The fields of a provenance the service checks; absent ones are left to the database. */
export type ProvenanceRuleFields = {
  weaver_names?: unknown
  technique?: string | null
  materials?: string[] | null
  dye_kind?: string | null
  dyes?: string[] | null
  knot_density?: number | null
  pile_height_mm?: number | null
  width_cm?: number | null
  length_cm?: number | null
  work_hours?: number | null
  labels?: string[] | null
}

type Range = { min: number; max: number; unit: string }

/**
 * Plausible bounds, wide enough for every real piece and narrow enough to catch unit mistakes
 * (metres typed as centimetres, knots per square inch instead of per dm², days instead of hours).
 */
const ranges = {
  width_cm: { min: 10, max: 1000, unit: "cm" },
  length_cm: { min: 10, max: 1000, unit: "cm" },
  pile_height_mm: { min: 0, max: 50, unit: "mm" },
  knot_density: { min: 100, max: 10_000, unit: "knots per dm²" },
  work_hours: { min: 1, max: 10_000, unit: "hours" },
} satisfies Record<string, Range>

/**
 * Which dyes a declared kind may contain: natural pieces often mix dyed and undyed wool, while an
 * "undyed" piece has only the fleece's own colours. A piece with any synthetic colour is declared
 * synthetic.
 */
const allowedDyeKinds: Record<DyeKind, readonly DyeKind[]> = {
  natural: ["natural", "undyed"],
  undyed: ["undyed"],
  synthetic: ["natural", "undyed", "synthetic"],
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function assertStrings(field: string, value: unknown): void {
  if (value == null) return
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || !item.trim())) {
    invalid(`${field} must be a list of non-empty texts`)
  }
}

function assertInRange(field: keyof typeof ranges, value: number | null | undefined): void {
  if (value == null) return
  const { min, max, unit } = ranges[field]
  if (!Number.isInteger(value) || value < min || value > max) {
    invalid(`${field} must be a whole number between ${min} and ${max} ${unit}, got ${value}`)
  }
}

function assertCodes(field: string, codes: unknown, isCode: (value: unknown) => boolean, what: string): void {
  if (codes == null) return
  if (!Array.isArray(codes)) invalid(`${field} must be a list of ${what} codes`)
  const unknown = codes.filter((code) => !isCode(code))
  if (unknown.length) invalid(`${field}: unknown ${what} code(s) ${unknown.map((code) => `"${code}"`).join(", ")}`)
}

/**
 * Throws INVALID_DATA, naming the field, when a provenance uses an unknown code, a value outside
 * its plausible range, or dyes that contradict the declared dye kind. Called with the record as
 * it would be after the write, so partial updates are checked against what is already stored.
 */
export function assertValidProvenance(provenance: ProvenanceRuleFields): void {
  assertStrings("weaver_names", provenance.weaver_names)
  assertStrings("labels", provenance.labels)
  if (provenance.technique != null && !isTechnique(provenance.technique)) {
    invalid(`technique: unknown technique code "${provenance.technique}"`)
  }
  assertCodes("materials", provenance.materials, isMaterial, "material")
  if (provenance.materials?.length === 0) invalid("materials must name at least one material")
  for (const field of Object.keys(ranges) as (keyof typeof ranges)[]) assertInRange(field, provenance[field])

  const { dye_kind, dyes } = provenance
  if (dye_kind != null && !(dyeKinds as readonly string[]).includes(dye_kind)) {
    invalid(`dye_kind must be one of ${dyeKinds.join(", ")}, got "${dye_kind}"`)
  }
  assertCodes("dyes", dyes, isDye, "dye")
  if (!dyes?.length) return
  if (dye_kind == null) invalid("dye_kind is required when dyes are listed")
  const refused = dyes.filter((code) => !allowedDyeKinds[dye_kind as DyeKind].includes(dyeOf(code).kind))
  if (refused.length) invalid(`dyes: ${refused.join(", ")} cannot be part of a piece declared "${dye_kind}"`)
}
