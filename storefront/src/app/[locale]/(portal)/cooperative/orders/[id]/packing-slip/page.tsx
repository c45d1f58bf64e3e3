import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { BackIcon, PrinterIcon } from "@/components/portal/orders/order-icons"
import { isOrderId } from "@/components/portal/orders/order-status"
import { PackingSlip } from "@/components/portal/orders/packing-slip"
import { PrintButton } from "@/components/portal/orders/print-button"
import { localeFromParam } from "@/i18n/locale-param"
import { retrieveVendorOrder } from "@/lib/data/vendor-orders"
import { requireApprovedMember } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "PortalOrders.meta" })
  return { title: t("packingSlip") }
}

// On paper only the slip: the portal's header, tab bar and these buttons stay on the screen.
// The layout is the portal's (not this page's), so the rule hides everything but the slip.
const printRules = `@media print {
  @page { margin: 12mm; }
  body * { visibility: hidden; }
  #packing-slip, #packing-slip * { visibility: visible; }
  #packing-slip { position: absolute; inset-inline: 0; top: 0; }
}`

/** The packing slip of one part, ready to print (`@media print`), in the member's language. */
export default async function PackingSlipPage({ params }: Props) {
  const { locale: localeParam, id } = await params
  const locale = localeFromParam(localeParam)
  setRequestLocale(locale)
  const { cooperative } = await requireApprovedMember(locale, `/cooperative/orders/${encodeURIComponent(id)}/packing-slip`)
  if (!isOrderId(id)) notFound()
  const [order, t] = await Promise.all([retrieveVendorOrder(id), getTranslations({ locale, namespace: "PortalOrders.slip" })])
  if (!order) notFound()
  return (
    <div className="mx-auto max-w-3xl px-4 pb-10 pt-6">
      <style>{printRules}</style>
      <div className="mb-4 flex flex-col gap-3 print:hidden sm:flex-row sm:items-center sm:justify-between">
        <Link href={localePath(locale, `/cooperative/orders/${order.id}`)} className="inline-flex min-h-11 items-center gap-1.5 font-medium text-terracotta-dark hover:underline">
          <BackIcon width={18} height={18} />
          {t("back")}
        </Link>
        <PrintButton label={t("print")} icon={<PrinterIcon />} />
      </div>
      <PackingSlip locale={locale} order={order} cooperativeName={cooperative.name} />
    </div>
  )
}
