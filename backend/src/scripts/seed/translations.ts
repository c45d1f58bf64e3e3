import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { defaultLocale, locales, type Translated } from "@tiwizi/locale"

/** One record's translatable fields, each in every locale. */
export type TranslatedRecord = { reference: string; id: string; texts: Record<string, Translated> }

/**
 * Stores the Arabic and English texts of `records` through the Translation Module. The
 * records' own fields hold French, the default locale. Skips what is already translated.
 */
export async function seedTranslations(container: MedusaContainer, records: TranslatedRecord[]): Promise<void> {
  if (!records.length) return
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listTranslations(
    { reference_id: records.map((record) => record.id) },
    { select: ["reference_id", "locale_code"], take: null },
  )
  const done = new Set(existing.map((t) => `${t.reference_id}:${t.locale_code}`))
  const translations = records.flatMap((record) =>
    locales
      .filter((locale) => locale !== defaultLocale && !done.has(`${record.id}:${locale}`))
      .map((locale) => ({
        reference: record.reference,
        reference_id: record.id,
        locale_code: locale,
        translations: Object.fromEntries(Object.entries(record.texts).map(([field, text]) => [field, text[locale]])),
      })),
  )
  if (translations.length) await createTranslationsWorkflow(container).run({ input: { translations } })
}
