import { formatMoney, type Locale } from "@tiwizi/locale"
import type { Money } from "@/lib/pricing"

type Props = {
  money: Money | null
  locale: Locale
  /** Words before the amount when variants differ in price ("à partir de"). */
  fromLabel?: string
  /** Said instead of a price when the product has none in the visitor's region. */
  unavailableLabel: string
  className?: string
}

/**
 * A price as the visitor reads it: their language's conventions, the region's currency, Latin
 * digits. The amount is isolated (`<bdi>`) so that "1.250,00 د.م." keeps its order inside
 * Arabic text.
 */
export function Price({ money, locale, fromLabel, unavailableLabel, className }: Props) {
  if (!money) return <span className={`text-sm text-muted ${className ?? ""}`}>{unavailableLabel}</span>
  return (
    <span className={className}>
      {fromLabel && <span className="text-sm font-normal text-muted">{fromLabel} </span>}
      <bdi className="tabular-nums">{formatMoney(money.amount, money.currency, locale)}</bdi>
    </span>
  )
}
