import { applicantCooperatives } from "./cooperatives/applicants"
import { beniMellalAzilalCooperatives } from "./cooperatives/beni-mellal-azilal"
import { khenifraCooperatives } from "./cooperatives/khenifra"
import { otherRegionCooperatives } from "./cooperatives/other-regions"
import type { CooperativeProfile } from "./cooperatives/profile"
import { rabatSaleKenitraCooperatives } from "./cooperatives/rabat-sale-kenitra"
import type { SeedCooperative } from "./types"

const profiles: CooperativeProfile[] = [
  ...khenifraCooperatives,
  ...beniMellalAzilalCooperatives,
  ...rabatSaleKenitraCooperatives,
  ...otherRegionCooperatives,
]

/** The demo cooperatives with products, Khénifra's weavers first. */
export const cooperatives: SeedCooperative[] = profiles.map((entry) => entry.record)

/** Cooperatives still waiting for staff to decide on their application; they sell nothing yet. */
export const applicants: SeedCooperative[] = applicantCooperatives.map((entry) => entry.record)

/** The cooperative with this handle, with the names its products' texts use. */
export function profileOf(handle: string): CooperativeProfile {
  const found = [...profiles, ...applicantCooperatives].find((entry) => entry.record.handle === handle)
  if (!found) throw new RangeError(`unknown cooperative: ${handle}`)
  return found
}
