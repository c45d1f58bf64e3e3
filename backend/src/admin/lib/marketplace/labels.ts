import type { Payment, PartStatus } from "./types"

/** Staff work in French (Rabat): the marketplace pages' labels and formats. */

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const partStatusLabels: Record<PartStatus, { label: string; color: BadgeColor }> = {
  new: { label: "Nouvelle", color: "orange" },
  accepted: { label: "Acceptée", color: "blue" },
  shipped: { label: "Expédiée", color: "purple" },
  delivered: { label: "Livrée", color: "green" },
  cancelled: { label: "Annulée", color: "grey" },
}

export const paymentLabels: Record<Payment, string> = {
  cash_on_delivery: "Paiement à la livraison",
  card: "Carte bancaire",
}

/** An amount in its currency, as staff in Morocco read it ("1 200,50 MAD"). */
export function formatMoney(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat("fr-MA", { style: "currency", currency: currencyCode.toUpperCase(), currencyDisplay: "code" }).format(amount)
}

/** Basis points as a percentage: 1000 → "10 %", 1250 → "12,5 %". */
export function formatRate(bps: number): string {
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(bps / 100)} %`
}

/** Today in Rabat as "YYYY-MM-DD", the day a payout form starts from. */
export function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca" }).format(new Date())
}

/** The month before this one in Rabat as "YYYY-MM": the statement staff usually send. */
export function lastMonth(): string {
  const [year, month] = today().split("-").map(Number)
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`
}
