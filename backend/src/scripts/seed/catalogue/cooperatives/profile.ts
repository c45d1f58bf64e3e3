import type { Translated } from "@tiwizi/locale"
import type { SeedCooperative } from "../types"
import { provinces, type ProvinceName } from "./provinces"

/**
 * A cooperative as the catalogue's texts need it: besides the seeded record, how a sentence
 * names it ("coopérative Tifawin", "تعاونية تيفاوين", "Tifawin cooperative"), its commune and
 * its province in each language.
 */
export type CooperativeProfile = {
  record: SeedCooperative
  called: Translated
  place: Translated
  area: Translated
}

type ProfileInput = Omit<SeedCooperative, "province" | "region" | "commune"> & {
  province: ProvinceName
  place: Translated
  called: Translated
}

/** Builds a profile; the region and the commune's French name come from the province table and `place`. */
export function profile({ place, called, province, ...rest }: ProfileInput): CooperativeProfile {
  const { region, area } = provinces[province]
  return { record: { ...rest, province, region, commune: place.fr }, called, place, area }
}
