"use client"

import type { ListingValues } from "@/lib/listing-form"
import type { WizardOptions } from "@/lib/listing-options"
import { asks, dyeKindsAllowed, materialKindsByFamily, type ListingFamily } from "@/lib/listing-questions"
import { Choices, TextField } from "./wizard-fields"
import type { WizardText } from "./wizard-text"

type Props = {
  values: ListingValues
  family: ListingFamily
  options: WizardOptions
  errors: Record<string, string | undefined>
  text: WizardText["wizard"]["questions"]
  onChange: (patch: Partial<ListingValues>) => void
}

const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value))

/**
 * Step 3: a few plain questions, only those that fit the family (a carpet: size, technique,
 * materials, dye, hours, one or several; a jar of honey: technique and ingredients).
 */
export function StepQuestions({ values, family, options, errors, text, onChange }: Props) {
  const kinds = materialKindsByFamily[family]
  const materials = options.materials.filter((material) => kinds.includes(material.kind) || values.materials.includes(material.code))
  const allowedDyes = dyeKindsAllowed[values.dyeKind] ?? []
  const changeDyeKind = (dyeKind: string) => onChange({ dyeKind, dyes: values.dyes.filter((code) => (dyeKindsAllowed[dyeKind] ?? []).includes(options.dyes.find((dye) => dye.code === code)?.kind ?? "")) })
  return (
    <div className="grid gap-6">
      {asks(family, "size") && (
        <fieldset>
          <legend className="sr-only">{text.size}</legend>
          <div className="grid grid-cols-2 gap-3">
            <TextField id="width" label={text.width} icon="ruler" inputMode="numeric" dir="ltr" value={values.width} error={errors.width} onChange={(width) => onChange({ width })} />
            <TextField id="length" label={text.length} icon="ruler" inputMode="numeric" dir="ltr" value={values.length} error={errors.length} onChange={(length) => onChange({ length })} />
          </div>
        </fieldset>
      )}
      <Choices
        id="technique"
        legend={text.technique}
        icon="needle"
        choices={options.techniques.filter((technique) => technique.family === family || technique.code === values.technique).map(({ code, label }) => ({ value: code, label }))}
        selected={values.technique}
        error={errors.technique}
        onChange={(technique) => onChange({ technique })}
      />
      <Choices
        id="materials"
        legend={text.materials}
        hint={text.materialsHint}
        icon="yarn"
        choices={materials.map(({ code, label }) => ({ value: code, label }))}
        selected={values.materials}
        error={errors.materials}
        onChange={(code, on) => onChange({ materials: toggle(values.materials, code, on) })}
      />
      {asks(family, "dye") && (
        <Choices
          id="dyeKind"
          legend={text.dye}
          icon="drop"
          choices={[
            ...(["natural", "undyed", "synthetic"] as const).map((kind) => ({ value: kind, label: text.dyeKinds[kind] })),
            { value: "", label: text.dyeUnknown },
          ]}
          selected={values.dyeKind}
          error={errors.dyeKind}
          onChange={changeDyeKind}
        >
          {values.dyeKind && (
            <div className="mt-4">
              <Choices
                id="dyes"
                legend={text.colours}
                icon="drop"
                choices={options.dyes.filter((dye) => allowedDyes.includes(dye.kind)).map(({ code, label, hex }) => ({ value: code, label, swatch: hex }))}
                selected={values.dyes}
                error={errors.dyes}
                onChange={(code, on) => onChange({ dyes: toggle(values.dyes, code, on) })}
              />
            </div>
          )}
        </Choices>
      )}
      {asks(family, "workHours") && (
        <TextField id="workHours" label={text.workHours} hint={text.workHoursHint} icon="clock" inputMode="numeric" dir="ltr" value={values.workHours} error={errors.workHours} onChange={(workHours) => onChange({ workHours })} />
      )}
      {asks(family, "pieces") && (
        <Choices
          id="pieces"
          legend={text.pieces}
          icon="star"
          choices={[
            { value: "one", label: text.oneOfAKind },
            { value: "several", label: text.several },
          ]}
          selected={values.oneOfAKind ? "one" : "several"}
          onChange={(choice) => onChange({ oneOfAKind: choice === "one" })}
        />
      )}
    </div>
  )
}
