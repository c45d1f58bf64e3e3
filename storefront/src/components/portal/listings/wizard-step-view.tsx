"use client"

import type { ListingValues } from "@/lib/listing-form"
import type { WizardOptions } from "@/lib/listing-options"
import type { ListingFamily } from "@/lib/listing-questions"
import { asksStock, type ListingErrorCode, type WizardStep } from "@/lib/listing-validation"
import { StepCategory } from "./step-category"
import { StepPhotos } from "./step-photos"
import { StepPrice } from "./step-price"
import { StepQuestions } from "./step-questions"
import { StepWords } from "./step-words"
import type { usePhotoList } from "./use-photo-list"
import type { WizardText } from "./wizard-text"

type Props = {
  step: WizardStep
  values: ListingValues
  family: ListingFamily | null
  photos: ReturnType<typeof usePhotoList>
  options: WizardOptions
  errors: Record<string, string | undefined>
  text: WizardText
  onChange: (patch: Partial<ListingValues>) => void
  onCategory: (category: string) => void
  onPhotoProblem: (code: ListingErrorCode | null) => void
}

/** The screen of the current step. */
export function WizardStepView({ step, values, family, photos, options, errors, text, onChange, onCategory, onPhotoProblem }: Props) {
  switch (step) {
    case "photos":
      return (
        <StepPhotos
          photos={photos.photos}
          preparing={photos.preparing}
          error={errors.photos}
          text={text.wizard.photos}
          onAdd={(files) => void photos.add(files).then(onPhotoProblem)}
          onRemove={photos.remove}
          onMain={photos.makeMain}
        />
      )
    case "category":
      return <StepCategory value={values.category} categories={options.categories} error={errors.category} text={text.wizard.category} onChange={onCategory} />
    case "questions":
      // The category step comes first and is checked before this one: a family is known here.
      return family && <StepQuestions values={values} family={family} options={options} errors={errors} text={text.wizard.questions} onChange={onChange} />
    case "words":
      return <StepWords values={values} errors={errors} text={text.wizard.words} onChange={onChange} />
    case "price":
      return <StepPrice values={values} stockAsked={asksStock(values, family)} errors={errors} text={text.wizard.price} onChange={onChange} />
  }
}
