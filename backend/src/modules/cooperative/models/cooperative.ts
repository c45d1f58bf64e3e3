import { model } from "@medusajs/framework/utils"
import CooperativeInvite from "./cooperative-invite"
import CooperativeMember from "./cooperative-member"

/** Where a cooperative stands with regional staff; only `approved` ones sell. */
export const cooperativeStatuses = ["pending", "approved", "suspended", "rejected"] as const
export type CooperativeStatus = (typeof cooperativeStatuses)[number]

/**
 * A cooperative that sells on Tiwizi. `name` and `story` are written in French and translated
 * through the Translation Module; `bank_rib` is for payouts only and must never leave the
 * backend through a store route.
 */
const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable().translatable(),
    legal_name: model.text().searchable(),
    odco_number: model.text().unique().searchable(),
    artisan_registry_number: model.text().unique().nullable(),
    region: model.text(),
    province: model.text(),
    commune: model.text(),
    founded_year: model.number(),
    member_count: model.number(),
    women_member_count: model.number().default(0),
    women_led: model.boolean().default(false),
    rural: model.boolean().default(false),
    story: model.text().translatable(),
    logo_url: model.text().nullable(),
    cover_url: model.text().nullable(),
    phone: model.text(),
    email: model.text(),
    bank_rib: model.text().nullable(),
    status: model.enum([...cooperativeStatuses]).default("pending"),
    status_reason: model.text().nullable(),
    status_decided_by: model.text().nullable(),
    status_decided_at: model.dateTime().nullable(),
    members: model.hasMany(() => CooperativeMember, { mappedBy: "cooperative" }),
    invites: model.hasMany(() => CooperativeInvite, { mappedBy: "cooperative" }),
  })
  .cascades({ delete: ["invites"] })
  .indexes([
    // The store lists approved cooperatives of a province; staff filter by status alone.
    { on: ["status", "province"] },
    { on: ["province"] },
  ])
  .checks([
    // Backstops for the service's validation, which gives the readable messages: they also hold
    // when two partial updates race.
    { name: "cooperative_member_count_positive", expression: (c) => `${c.member_count} >= 1` },
    {
      name: "cooperative_women_member_count_range",
      expression: (c) => `${c.women_member_count} >= 0 AND ${c.women_member_count} <= ${c.member_count}`,
    },
  ])

export default Cooperative
