"use client"

import type { ListingValues, VariantValues } from "@/lib/listing-form"
import { fill } from "@/lib/listing-text"
import { Icon } from "./icon"
import { TextField } from "./wizard-fields"
import type { WizardText } from "./wizard-text"

type Props = {
  values: ListingValues
  /** False for a one-of-a-kind piece: its stock is 1 and not asked. */
  stockAsked: boolean
  errors: Record<string, string | undefined>
  text: WizardText["wizard"]["price"]
  onChange: (patch: Partial<ListingValues>) => void
}

/** Step 5: the price in dirhams and the stock, per variant when the product has several. */
export function StepPrice({ values, stockAsked, errors, text, onChange }: Props) {
  const several = values.variants.length > 1
  const setVariant = (index: number, patch: Partial<VariantValues>) =>
    onChange({ variants: values.variants.map((variant, at) => (at === index ? { ...variant, ...patch } : variant)) })
  const named = (label: string, variant: VariantValues) => (several ? fill(text.variantLabel, { label, name: variant.title }) : label)
  return (
    <div className="grid gap-6">
      {values.variants.map((variant, index) => (
        <div key={variant.id ?? index} className="grid gap-4">
          {several && <p className="font-semibold">{variant.title}</p>}
          <TextField
            id={`variants.${index}.price`}
            label={named(text.price, variant)}
            hint={text.priceHint}
            icon="tag"
            inputMode="decimal"
            dir="ltr"
            required
            value={variant.price}
            error={errors[`variants.${index}.price`]}
            onChange={(price) => setVariant(index, { price })}
          />
          {stockAsked ? (
            <TextField
              id={`variants.${index}.stock`}
              label={named(text.stock, variant)}
              icon="stack"
              inputMode="numeric"
              dir="ltr"
              required
              value={variant.stock}
              error={errors[`variants.${index}.stock`]}
              onChange={(stock) => setVariant(index, { stock })}
            />
          ) : (
            <p className="flex items-center gap-2">
              <Icon name="stack" className="text-muted" />
              {text.oneInStock}
            </p>
          )}
        </div>
      ))}
    </div>
  )
}
