"use client"

import type { WizardOptions } from "@/lib/listing-options"
import { familyIcons } from "./family-icons"
import { Choices } from "./wizard-fields"
import type { WizardText } from "./wizard-text"

type Props = {
  value: string
  categories: WizardOptions["categories"]
  error?: string
  text: WizardText["wizard"]["category"]
  onChange: (category: string) => void
}

/** Step 2: the category, among the leaves of the crafts tree, each with its family's picture. */
export function StepCategory({ value, categories, error, text, onChange }: Props) {
  return (
    <Choices
      id="category"
      legend={text.intro}
      icon="tag"
      choices={categories.map((category) => ({ value: category.handle, label: category.label, icon: familyIcons[category.family] }))}
      selected={value}
      onChange={(category) => onChange(category)}
      error={error}
    />
  )
}
