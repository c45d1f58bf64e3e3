import { categoryOf, dyeOf, isCategoryHandle, isDye, isMaterial, isTechnique, materialOf, techniqueOf } from "@tiwizi/crafts"
import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { VendorProduct } from "@/lib/listing-product"
import { Icon, type IconName } from "./icon"

/** What the member said about the piece (category and provenance), in the page's language. */
export async function ListingFacts({ locale, product }: { locale: Locale; product: VendorProduct }) {
  const t = await getTranslations({ locale, namespace: "PortalListings" })
  const p = product.provenance
  const facts: { icon: IconName; label: string; value: ReactNode }[] = []
  if (product.category && isCategoryHandle(product.category)) {
    facts.push({ icon: "tag", label: t("wizard.category.legend"), value: categoryOf(product.category).label[locale] })
  }
  if (p?.width_cm && p.length_cm) {
    facts.push({ icon: "ruler", label: t("wizard.questions.size"), value: t("detail.size", { width: String(p.width_cm), length: String(p.length_cm) }) })
  }
  if (p?.technique && isTechnique(p.technique)) facts.push({ icon: "needle", label: t("wizard.questions.technique"), value: techniqueOf(p.technique).label[locale] })
  const materials = (p?.materials ?? []).filter(isMaterial)
  if (materials.length) facts.push({ icon: "yarn", label: t("wizard.questions.materials"), value: materials.map((code) => materialOf(code).label[locale]).join(", ") })
  const dyes = (p?.dyes ?? []).filter(isDye)
  if (p?.dye_kind === "natural" || p?.dye_kind === "undyed" || p?.dye_kind === "synthetic") {
    const kind = t(`wizard.questions.dyeKinds.${p.dye_kind}`)
    facts.push({ icon: "drop", label: t("wizard.questions.dye"), value: dyes.length ? t("detail.dyeWith", { label: kind, name: dyes.map((code) => dyeOf(code).label[locale]).join(", ") }) : kind })
  }
  if (p?.work_hours) facts.push({ icon: "clock", label: t("wizard.questions.workHours"), value: t("detail.hours", { n: String(p.work_hours) }) })
  if (p?.one_of_a_kind != null) facts.push({ icon: "star", label: t("wizard.questions.pieces"), value: t(p.one_of_a_kind ? "wizard.questions.oneOfAKind" : "wizard.questions.several") })
  if (!facts.length) return null
  return (
    <dl className="grid gap-3">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt className="flex items-center gap-2 text-sm text-muted">
            <Icon name={fact.icon} width="18" height="18" />
            {fact.label}
          </dt>
          <dd className="ps-6.5 font-medium">{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
