import { formatNumber, type Locale } from "@tiwizi/locale"

/** `GET /store/impact`'s figures. */
export type Impact = {
  cooperatives_selling: number
  women_led_cooperatives: number
  /** Between 0 and 1. */
  women_led_share: number
  carpets_sold: number
  /** Between 0 and 1. */
  cooperative_share: number
}

export const impactKeys = ["cooperatives", "womenLed", "carpets", "share"] as const
export type ImpactKey = (typeof impactKeys)[number]

const percent = (share: number, locale: Locale) =>
  formatNumber(Math.min(Math.max(share, 0), 1), locale, { style: "percent", maximumFractionDigits: 0 })

/**
 * The home page's figures as the reader writes numbers: counts whole, shares as whole
 * percentages (Latin digits in Arabic too).
 */
export function impactFigures(impact: Impact, locale: Locale): { key: ImpactKey; value: string }[] {
  return [
    { key: "cooperatives", value: formatNumber(impact.cooperatives_selling, locale) },
    { key: "womenLed", value: percent(impact.women_led_share, locale) },
    { key: "carpets", value: formatNumber(impact.carpets_sold, locale) },
    { key: "share", value: percent(impact.cooperative_share, locale) },
  ]
}
