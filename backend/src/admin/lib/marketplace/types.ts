/**
 * What staff's marketplace routes answer (`/admin/order-groups`, `/admin/commission-rates`,
 * `/admin/cooperative-balances`), as the pages read them. Kept by hand: the admin is bundled by
 * Vite apart from the backend's code and types.
 */

export type PartStatus = "new" | "accepted" | "shipped" | "delivered" | "cancelled"
export type Payment = "cash_on_delivery" | "card"

export type PartItem = {
  id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
  commission_rate_bps: number
  commission_amount: number
  cancelled_at: string | null
  cancel_reason: string | null
}

export type OrderPart = {
  id: string
  cooperative_id: string
  cooperative_name: string | null
  status: PartStatus
  total: number
  refunded_total: number
  amount_due: number
  commission_total: number
  cash_collected: number | null
  carrier: string | null
  tracking_number: string | null
  created_at: string
  accepted_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  cancelled_at: string | null
  late: boolean
  /** Only on `GET /admin/order-groups/:id`. */
  items?: PartItem[]
}

export type OrderGroup = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  currency_code: string
  total: number
  payment: Payment
  late: boolean
  parts: OrderPart[]
}

export type OrderGroupList = {
  order_groups: OrderGroup[]
  count: number
  limit: number
  offset: number
  /** Days a cooperative has to ship before its part is flagged late (`LATE_SHIPMENT_DAYS`). */
  late_shipment_days: number
}

export type CommissionRate = {
  id: string
  cooperative_id: string | null
  cooperative_name: string | null
  category_id: string | null
  category_name: string | null
  rate_bps: number
}

export type CommissionRateList = { commission_rates: CommissionRate[]; default_rate_bps: number }

export type CooperativeBalance = {
  cooperative_id: string
  cooperative_name: string | null
  cooperative_handle: string | null
  currency_code: string
  balance: number
}

export type NewPayout = { currency_code: string; amount: number; paid_at: string; bank_reference: string; note?: string }
