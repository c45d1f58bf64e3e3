import { model } from "@medusajs/framework/utils"
import Cooperative from "./cooperative"
import { memberRoles } from "./cooperative-member"

/**
 * An owner's invitation for a person to join the cooperative, sent by email or by SMS. Only the
 * SHA-256 of the token is stored, so a leaked table cannot be used to accept invitations.
 */
const CooperativeInvite = model
  .define("cooperative_invite", {
    id: model.id({ prefix: "coopinv" }).primaryKey(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    role: model.enum([...memberRoles]).default("member"),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "invites" }),
  })
  .checks([
    { name: "cooperative_invite_has_recipient", expression: (c) => `${c.email} IS NOT NULL OR ${c.phone} IS NOT NULL` },
  ])

export default CooperativeInvite
