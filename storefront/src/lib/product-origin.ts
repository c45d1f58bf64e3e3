/**
 * The cooperative a product names, as `GET /store/products` returns it with `*cooperative`:
 * public fields only (the backend's allow list keeps contact and payout details out).
 */
export type ProductCooperative = {
  id: string
  handle: string
  name: string
  province: string
  commune: string
  women_led: boolean
  rural: boolean
}

/**
 * Who made a product, where and how, as the store returns it with `*provenance`. Codes
 * (technique, materials, dyes) come from `@tiwizi/crafts`; `weaver_names` is absent unless the
 * weavers consented to being named (the backend withholds it otherwise).
 */
export type ProductProvenance = {
  id: string
  weaver_names?: string[] | null
  weaver_consent?: boolean | null
  village: string | null
  technique: string
  materials: string[] | null
  dye_kind: "natural" | "undyed" | "synthetic" | null
  dyes: string[] | null
  knot_density: number | null
  pile_height_mm: number | null
  width_cm: number | null
  length_cm: number | null
  work_hours: number | null
  one_of_a_kind: boolean
  made_to_order: boolean
  labels: string[] | null
}
