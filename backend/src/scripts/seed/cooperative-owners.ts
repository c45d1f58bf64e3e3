import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { demoAccounts } from "./accounts"
import type { SeedCooperative } from "./catalogue"
import { digitsOf } from "./digits"

/** How the owners' logins are built, as printed at the end of the seed. */
export const OWNER_EMAIL_PATTERN = "<handle>@coop.tiwizi.local"

/** The login of a cooperative's owner account. */
export function ownerEmail(handle: string): string {
  return OWNER_EMAIL_PATTERN.replace("<handle>", handle)
}

// The `cooperative_member` actor finds its member through this key of the auth identity's
// app_metadata, the `<actor type>_id` key Medusa's setAuthAppMetadataStep writes.
const MEMBER_ID_KEY = "cooperative_member_id"

const WOMEN = ["Itto", "Fadma", "Mimouna", "Yamna", "Hadda", "Aïcha", "Khadija", "Zahra", "Rkia", "Naïma", "Saadia", "Latifa"]
const MEN = ["Moha", "Lahcen", "Mohamed", "Brahim", "Driss", "Abdellah", "Hassan", "Youssef"]
const FAMILY = ["Ouhammou", "Aït Ali", "Amahrouch", "Bouzid", "Oulhaj", "Zaïd", "Amrani", "Oubella", "Idbelkacem", "Belghiti", "Lahlou", "Tazi"]

/** A women-led cooperative is presided over by a woman; the others by a man or a woman. */
function ownerOf(cooperative: SeedCooperative, cooperativeId: string) {
  const pick = (list: string[], salt: string) => list[Number(digitsOf(`${salt}:${cooperative.handle}`, 4)) % list.length]
  const woman = cooperative.womenLed || Number(digitsOf(`gender:${cooperative.handle}`, 2)) % 2 === 0
  return {
    email: ownerEmail(cooperative.handle),
    first_name: pick(woman ? WOMEN : MEN, "first"),
    last_name: pick(FAMILY, "family"),
    phone: `+2126${digitsOf(`owner:${cooperative.handle}`, 8)}`,
    role: "owner" as const,
    cooperative_id: cooperativeId,
  }
}

/**
 * One owner account per cooperative: the member (`<handle>@coop.tiwizi.local`, role `owner`)
 * and its login, registered with the auth module's `emailpass` provider and the demo password,
 * with the member's id in the identity's app_metadata as Medusa's account workflows record
 * theirs. Finds each member and identity before creating it; returns how many members it created.
 */
export async function seedCooperativeOwners(
  container: MedusaContainer,
  cooperatives: SeedCooperative[],
  ids: Record<string, string>,
): Promise<number> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const emails = cooperatives.map((cooperative) => ownerEmail(cooperative.handle))
  const memberIds = new Map(
    (await service.listCooperativeMembers({ email: emails }, { select: ["id", "email"], take: null })).map((member) => [member.email, member.id]),
  )
  const missing = cooperatives.filter((cooperative) => !memberIds.has(ownerEmail(cooperative.handle)))
  if (missing.length) {
    const created = await service.createCooperativeMembers(missing.map((cooperative) => ownerOf(cooperative, ids[cooperative.handle])))
    for (const member of created) memberIds.set(member.email, member.id)
  }

  const auth = container.resolve(Modules.AUTH)
  const registered = await auth.listProviderIdentities(
    { provider: "emailpass", $or: emails.map((email) => ({ entity_id: email })) },
    { select: ["entity_id", "auth_identity_id"] },
  )
  const identityOf = new Map(registered.map((identity) => [identity.entity_id, identity.auth_identity_id!]))
  // Registrations hash the password (scrypt): run them side by side rather than one after another.
  await Promise.all(
    emails
      .filter((email) => !identityOf.has(email))
      .map(async (email) => {
        const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password: demoAccounts.password } })
        if (!success || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
        identityOf.set(email, authIdentity.id)
      }),
  )
  const identities = await auth.listAuthIdentities({ id: [...identityOf.values()] }, { select: ["id", "app_metadata"] })
  const unlinked = identities.filter((identity) => !identity.app_metadata?.[MEMBER_ID_KEY])
  if (unlinked.length) {
    const emailOf = new Map([...identityOf].map(([email, id]) => [id, email]))
    await auth.updateAuthIdentities(
      unlinked.map((identity) => ({
        id: identity.id,
        app_metadata: { ...identity.app_metadata, [MEMBER_ID_KEY]: memberIds.get(emailOf.get(identity.id)!) },
      })),
    )
  }
  return missing.length
}
