/**
 * What the store shows of a cooperative. Lists of fields, never `*`: the record also holds the
 * payout RIB, contact details and staff decisions, none of which leave the backend through the
 * store; members are not a store relation at all.
 */
export const storeCooperativeFields = [
  "id",
  "handle",
  "name",
  "region",
  "province",
  "commune",
  "founded_year",
  "member_count",
  "women_member_count",
  "women_led",
  "rural",
  "logo_url",
  "cover_url",
]

/** The detail page adds the story; a list stays lean. */
export const storeCooperativeDetailFields = [...storeCooperativeFields, "story"]

/** The product cards of a cooperative's page, and what decides whether a product is live. */
export const storeCooperativeProductFields = [
  "products.id",
  "products.handle",
  "products.title",
  "products.subtitle",
  "products.thumbnail",
  "products.status",
  "products.sales_channels.id",
]

/** `GET /store/cooperatives`: the lean fields, 20 a page unless `limit` says otherwise. */
export const listCooperativesQueryConfig = { defaults: storeCooperativeFields, isList: true, defaultLimit: 20 }

/** `GET /store/cooperatives/:handle`: the detail fields; products are added by the route. */
export const retrieveCooperativeQueryConfig = { defaults: storeCooperativeDetailFields, isList: false }
