"use client"

import { directionOf, locales, type Locale } from "@tiwizi/locale"
import { textLimits, type ListingTexts, type ListingValues } from "@/lib/listing-form"
import { fill } from "@/lib/listing-text"
import { Icon } from "./icon"
import { languageNames } from "./language-names"
import { Choices, TextField } from "./wizard-fields"
import type { WizardText } from "./wizard-text"

type Props = {
  values: ListingValues
  errors: Record<string, string | undefined>
  text: WizardText["wizard"]["words"]
  onChange: (patch: Partial<ListingValues>) => void
}

const fields = ["title", "subtitle", "description"] as const

/**
 * Step 4: the words, in the language the member writes (the page's by default), with the
 * translations in the two others tucked away, optional. Each text box is marked with its
 * language, so a phone offers the right keyboard and a screen reader the right voice.
 */
export function StepWords({ values, errors, text, onChange }: Props) {
  const others = locales.filter((locale) => locale !== values.language)
  const setText = (locale: Locale, field: keyof ListingTexts, value: string) =>
    onChange({
      texts: { ...values.texts, [locale]: { ...values.texts[locale], [field]: value } },
      ...(field === "subtitle" && locale === values.language ? { subtitleEdited: true } : {}),
    })
  const translationError = others.some((locale) => fields.some((field) => errors[`${field}.${locale}`]))
  const box = (locale: Locale, field: keyof ListingTexts, label: string, hint?: string) => (
    <TextField
      key={`${field}.${locale}`}
      id={`${field}.${locale}`}
      label={label}
      hint={hint}
      icon={field === "description" ? "draft" : "pencil"}
      multiline={field === "description"}
      maxLength={textLimits[field]}
      lang={locale}
      dir={directionOf(locale)}
      required={locale === values.language}
      value={values.texts[locale][field]}
      error={errors[`${field}.${locale}`]}
      onChange={(value) => setText(locale, field, value)}
    />
  )
  return (
    <div className="grid gap-6">
      <Choices
        id="language"
        legend={text.language}
        icon="globe"
        choices={locales.map((locale) => ({ value: locale, label: languageNames[locale], lang: locale }))}
        selected={values.language}
        onChange={(language) => onChange({ language: language as Locale })}
      />
      {box(values.language, "title", text.title, text.titleHint)}
      {box(values.language, "subtitle", text.subtitle, values.subtitleEdited ? undefined : text.subtitleHint)}
      {box(values.language, "description", text.description, text.descriptionHint)}
      <details open={translationError || undefined} className="rounded-2xl border border-clay bg-white">
        <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 font-semibold">
          <Icon name="globe" />
          {text.translations}
        </summary>
        <div className="grid gap-6 px-4 pb-4">
          {others.map((locale) => (
            <fieldset key={locale} className="grid gap-4">
              <legend lang={locale} className="font-semibold">
                {languageNames[locale]}
              </legend>
              {fields.map((field) => box(locale, field, fill(text.translatedLabel, { label: text[field], name: languageNames[locale] })))}
            </fieldset>
          ))}
        </div>
      </details>
    </div>
  )
}
