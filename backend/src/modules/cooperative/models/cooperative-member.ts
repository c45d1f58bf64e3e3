import { model } from "@medusajs/framework/utils"
import Cooperative from "./cooperative"

export const memberRoles = ["owner", "member"] as const
export type MemberRole = (typeof memberRoles)[number]

/** The languages the portal speaks; a member's own is the one their messages come in. */
export const memberLocales = ["fr", "ar", "en"] as const
export type MemberLocale = (typeof memberLocales)[number]

/**
 * A person who acts for a cooperative. A person registers before applying, so the cooperative
 * is empty until the application creates it. `email` is unique across cooperatives: it is the
 * login of the `cooperative_member` auth actor.
 */
const CooperativeMember = model.define("cooperative_member", {
  id: model.id({ prefix: "coopmem" }).primaryKey(),
  email: model.text().unique().searchable(),
  first_name: model.text(),
  last_name: model.text(),
  phone: model.text().nullable(),
  role: model.enum([...memberRoles]).default("member"),
  // The portal's language the member last logged in with: emails and text messages use it.
  locale: model.enum([...memberLocales]).nullable(),
  // Members share phones and lose them: tokens issued before this moment no longer open the portal.
  sessions_ended_at: model.dateTime().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "members" }).nullable(),
})

export default CooperativeMember
