import type { MedusaContainer } from "@medusajs/framework/types"
import { rootOf, type CategoryHandle } from "@tiwizi/crafts"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { products, type SeedCooperative } from "./catalogue"
import { applicants, cooperatives, profileOf } from "./catalogue/cooperatives"
import { digitsOf } from "./digits"
import { ownerEmail } from "./cooperative-owners"
import { seedTranslations } from "./translations"

/** Every cooperative the seed creates: those with products, then the applicants. */
export const seedCooperativeList: SeedCooperative[] = [...cooperatives, ...applicants]

// Cooperatives making crafts are in the national artisan registry; terroir producers
// (honey, argan, saffron, couscous) are not artisans, and applicants have not registered yet.
const artisans = new Set(
  products.filter((product) => rootOf(product.category as CategoryHandle) !== "terroir").map((product) => product.cooperative),
)

/** Crédit Agricole du Maroc, the rural cooperatives' bank, with a mod-97 key as in a real RIB. */
function ribOf(handle: string): string {
  const body = `225810${digitsOf(`rib:${handle}`, 16)}`
  const key = 97n - ((BigInt(body) * 100n) % 97n)
  return `${body}${String(key).padStart(2, "0")}`
}

function toRecord(cooperative: SeedCooperative) {
  const { handle, name, region, province, commune, foundedYear, members, womenMembers, womenLed, rural, story } = cooperative
  const craft = artisans.has(handle)
  return {
    handle,
    name,
    legal_name: name.replace("Coopérative", craft ? "Coopérative artisanale" : "Coopérative agricole"),
    odco_number: `${foundedYear}-${digitsOf(`odco:${handle}`, 6)}`,
    artisan_registry_number: craft ? `RNA-${digitsOf(`rna:${handle}`, 7)}` : null,
    region,
    province,
    commune,
    founded_year: foundedYear,
    member_count: members,
    women_member_count: womenMembers,
    women_led: womenLed,
    rural,
    story: story.fr,
    phone: `+2125${digitsOf(`phone:${handle}`, 8)}`,
    email: ownerEmail(handle),
    bank_rib: ribOf(handle),
  }
}

/** The cooperative's name in each language: "Coopérative Tifawin", "تعاونية تيفاوين", "Tifawin Cooperative". */
function namesOf(cooperative: SeedCooperative) {
  const { called } = profileOf(cooperative.handle)
  return { fr: cooperative.name, ar: called.ar, en: called.en.replace(/ cooperative$/, " Cooperative") }
}

/**
 * Creates the catalogue's cooperatives that do not exist yet (matched by handle), all pending
 * as a new application is, with their name and story in Arabic and English. Staff decisions
 * come later (`seedCooperativeDecisions`), once their products exist. Returns every
 * cooperative's id by handle.
 */
export async function seedCooperatives(container: MedusaContainer): Promise<Record<string, string>> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const handles = seedCooperativeList.map((cooperative) => cooperative.handle)
  const existing = await service.listCooperatives({ handle: handles }, { select: ["id", "handle"], take: null })
  const ids: Record<string, string> = Object.fromEntries(existing.map((cooperative) => [cooperative.handle, cooperative.id]))
  const missing = seedCooperativeList.filter((cooperative) => !ids[cooperative.handle])
  if (missing.length) {
    for (const created of await service.createCooperatives(missing.map(toRecord))) ids[created.handle] = created.id
  }
  await seedTranslations(
    container,
    seedCooperativeList.map((cooperative) => ({
      reference: "cooperative",
      id: ids[cooperative.handle],
      texts: { name: namesOf(cooperative), story: cooperative.story },
    })),
  )
  return ids
}
