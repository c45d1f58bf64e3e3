import type { ListingFamily } from "@/lib/listing-questions"
import type { IconName } from "./icon"

/** The picture of each family of crafts, beside its categories. */
export const familyIcons: Record<ListingFamily, IconName> = {
  tapis: "carpet",
  poterie: "pot",
  vannerie: "basket",
  textiles: "textile",
  cuir: "leather",
  terroir: "terroir",
}
