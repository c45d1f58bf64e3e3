import type { Context, InferEntityForModuleService, InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { type ById, type BySelector, mergeWithCurrent, type UpdateInput } from "../../utils/merge-with-current"
import Provenance from "./models/provenance"
import { assertValidProvenance } from "./validate-provenance"

export type ProvenanceDTO = InferTypeOf<typeof Provenance>
type ProvenanceData = Partial<InferEntityForModuleService<typeof Provenance>>

/**
 * The provenance of products. The generated methods are kept; creating and updating are checked
 * against the crafts vocabulary and plausible ranges first, so a refused write changes nothing.
 */
export default class ProvenanceModuleService extends MedusaService({ Provenance }) {
  // @ts-expect-error MedusaService declares its generated methods as properties; Medusa's own modules override them the same way.
  async createProvenances(data: ProvenanceData, sharedContext?: Context): Promise<ProvenanceDTO>
  async createProvenances(data: ProvenanceData[], sharedContext?: Context): Promise<ProvenanceDTO[]>
  async createProvenances(data: ProvenanceData | ProvenanceData[], sharedContext?: Context) {
    for (const provenance of Array.isArray(data) ? data : [data]) assertValidProvenance(provenance)
    // The cast only picks one of the generated overloads: a single record or a list passes through as given.
    return super.createProvenances(data as ProvenanceData[], sharedContext)
  }

  // @ts-expect-error MedusaService declares its generated methods as properties; Medusa's own modules override them the same way.
  async updateProvenances(data: ById<ProvenanceData>, sharedContext?: Context): Promise<ProvenanceDTO>
  async updateProvenances(
    input: ById<ProvenanceData>[] | BySelector<ProvenanceData> | BySelector<ProvenanceData>[],
    sharedContext?: Context,
  ): Promise<ProvenanceDTO[]>
  async updateProvenances(input: UpdateInput<ProvenanceData>, sharedContext?: Context) {
    const next = await mergeWithCurrent(input, (filters) => this.listProvenances(filters, {}, sharedContext))
    for (const provenance of next) assertValidProvenance(provenance)
    return super.updateProvenances(input as ProvenanceData[], sharedContext)
  }
}
