import { cooperativeStatuses, type CooperativeStatus } from "../../../modules/cooperative/models/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** How many cooperatives are in each status and each province, for staff's filters. */
export type CooperativeFacets = {
  statuses: Record<CooperativeStatus, number>
  provinces: { province: string; count: number }[]
}

/**
 * Counts over every cooperative, not the filtered page, so a filter shows what choosing it
 * would give. Two columns of every row: a region's cooperatives number in the hundreds, and a
 * GROUP BY would need SQL outside the module's service.
 */
export async function cooperativeFacets(service: CooperativeModuleService): Promise<CooperativeFacets> {
  const rows = await service.listCooperatives({}, { select: ["status", "province"], take: null })
  const statuses = Object.fromEntries(cooperativeStatuses.map((status) => [status, 0])) as Record<CooperativeStatus, number>
  const provinces = new Map<string, number>()
  for (const { status, province } of rows) {
    statuses[status] += 1
    provinces.set(province, (provinces.get(province) ?? 0) + 1)
  }
  return {
    statuses,
    provinces: [...provinces]
      .map(([province, count]) => ({ province, count }))
      .sort((a, b) => a.province.localeCompare(b.province, "fr")),
  }
}
