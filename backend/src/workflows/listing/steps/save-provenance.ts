import type { InferEntityForModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type Provenance from "../../../modules/provenance/models/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

type ProvenanceData = Partial<InferEntityForModuleService<typeof Provenance>>

export type SaveProvenanceStepInput = { product_id: string; provenance?: ProvenanceData | null }

type Undo = { created: string; product_id: string } | { restore: ProvenanceData & { id: string } }

/**
 * Writes a product's provenance: changes the fields given on the linked provenance, or creates
 * one and links it. The provenance module checks codes and ranges (INVALID_DATA naming the
 * field). The compensation puts back the previous values of the changed fields, or unlinks and
 * deletes what it created. Without `provenance` it does nothing.
 */
export const saveProvenanceStep = createStep(
  "save-product-provenance",
  async ({ product_id, provenance }: SaveProvenanceStepInput, { container }) => {
    if (!provenance) return new StepResponse(null, null)
    const provenances = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["provenance.id"],
      filters: { id: product_id },
    })
    const currentId: string | undefined = data[0]?.provenance?.id
    if (currentId) {
      const fields = Object.keys(provenance) as (keyof ProvenanceData)[]
      const current = await provenances.retrieveProvenance(currentId, { select: ["id", ...fields] })
      const previous = { id: currentId, ...Object.fromEntries(fields.map((field) => [field, current[field]])) }
      const updated = await provenances.updateProvenances({ id: currentId, ...provenance })
      return new StepResponse(updated, { restore: previous } as Undo)
    }
    for (const field of ["technique", "materials"] as const) {
      if (provenance[field] === undefined) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `provenance.${field} is required: this product has no provenance yet`)
      }
    }
    const created = await provenances.createProvenances(provenance)
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.PRODUCT]: { product_id },
      [PROVENANCE_MODULE]: { provenance_id: created.id },
    })
    return new StepResponse(created, { created: created.id, product_id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const provenances = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    if ("restore" in undo) {
      await provenances.updateProvenances(undo.restore)
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [Modules.PRODUCT]: { product_id: undo.product_id },
      [PROVENANCE_MODULE]: { provenance_id: undo.created },
    })
    await provenances.deleteProvenances(undo.created)
  },
)
