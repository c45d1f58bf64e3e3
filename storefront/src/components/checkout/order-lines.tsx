import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import Image from "next/image"
import { getTranslations } from "next-intl/server"

type Line = { id: string; title: string; variantTitle?: string | null; thumbnail?: string | null; quantity: number; total: number }

/** A compact list of lines (checkout summary, review, confirmation): picture, title, quantity, total. */
export async function OrderLines({ lines, currency, locale }: { lines: Line[]; currency: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Cart" })
  return (
    <ul className="divide-y divide-clay">
      {lines.map((line) => (
        <li key={line.id} className="flex items-center gap-3 py-3">
          <div className="relative size-14 shrink-0 overflow-hidden rounded-lg bg-clay">
            {line.thumbnail && <Image src={line.thumbnail} alt="" fill sizes="56px" className="object-cover" />}
          </div>
          <div className="min-w-0 flex-1">
            <p className="font-medium leading-snug">{line.title}</p>
            {line.variantTitle && <p className="text-sm text-muted">{line.variantTitle}</p>}
            <p className="text-sm text-muted">{t("quantity", { n: formatNumber(line.quantity, locale) })}</p>
          </div>
          <p className="shrink-0 font-semibold">
            <bdi className="tabular-nums">{formatMoney(line.total, currency, locale)}</bdi>
          </p>
        </li>
      ))}
    </ul>
  )
}
