"use client"

import type { Locale } from "@tiwizi/locale"
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react"
import { orderListingImages, saveListing } from "@/lib/actions/listings"
import { draftKey, type WizardDraft } from "@/lib/listing-draft"
import { withSuggestedSubtitle, type ListingValues } from "@/lib/listing-form"
import type { WizardOptions } from "@/lib/listing-options"
import type { ListingState } from "@/lib/listing-product"
import { fill } from "@/lib/listing-text"
import { firstInvalidStep, validateStep, wizardSteps, type ListingFieldErrors, type WizardStep } from "@/lib/listing-validation"
import { localePath } from "@/lib/locale-path"
import { useOnline } from "./use-online"
import { usePhotoList } from "./use-photo-list"
import { usePhotoUploads, type UploadsEnd } from "./use-photo-uploads"
import { useWizardDraft } from "./use-wizard-draft"
import { stopWords, WizardFinish, type WizardStop } from "./wizard-finish"
import { WizardNav } from "./wizard-nav"
import { WizardNotices } from "./wizard-notices"
import { WizardStepView } from "./wizard-step-view"
import type { WizardText } from "./wizard-text"

type Props = {
  locale: Locale
  memberId: string
  /** The product being edited, or null for a new listing. */
  productId: string | null
  state: ListingState
  initialValues: ListingValues
  initialImages: string[]
  options: WizardOptions
  text: WizardText
  /** The page's own path, to come back to after logging in again. */
  path: string
}

type Phase = "edit" | "save" | "upload" | "done"

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index])

/** Why a round of uploads stopped, in the finish screen's words. */
function stopOf(end: Exclude<UploadsEnd, { ok: true }>): WizardStop {
  if (end.status === 401) return "unauthorized"
  if (end.status === 403) return "forbidden"
  if (end.status === 404) return "not_found"
  return end.status === 400 ? "photo_refused" : "photo"
}

/**
 * The listing wizard: photos, category, questions, words, price, one short screen each; then the
 * listing is saved (a server action), its new photos sent one by one, and it can be submitted.
 * Its state lives in the browser as a draft until all that is done.
 */
export function ListingWizard({ locale, memberId, productId: initialProductId, state, initialValues, initialImages, options, text, path }: Props) {
  const [step, setStep] = useState<WizardStep>("photos")
  const [values, setValues] = useState(initialValues)
  const photoList = usePhotoList(initialImages.map((url) => ({ id: url, blob: null, url })))
  const { photos } = photoList
  const [productId, setProductId] = useState(initialProductId)
  const [errors, setErrors] = useState<ListingFieldErrors>({})
  const [phase, setPhase] = useState<Phase>("edit")
  const [stop, setStop] = useState<WizardStop | null>(null)
  const { uploads, send } = usePhotoUploads()
  const online = useOnline()
  const key = draftKey(memberId, initialProductId ?? "new")
  const knownImages = useRef<string[]>(initialImages)
  const uploading = useRef(false)
  const focus = useRef<"heading" | "error" | null>(null)
  const container = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  const snapshot = useMemo(() => ({ step, values, photos, productId }), [step, values, photos, productId])
  const draft = useWizardDraft(key, snapshot, phase !== "done", (saved: WizardDraft) => {
    setStep(saved.step)
    setValues(saved.values)
    photoList.setPhotos(saved.photos)
    setProductId(saved.productId ?? initialProductId)
  })

  const family = options.categories.find((category) => category.handle === values.category)?.family ?? null
  const context = { family, photoCount: photos.length }

  useEffect(() => {
    const target = focus.current === "error" ? container.current?.querySelector<HTMLElement>("[aria-invalid=true]") : heading.current
    if (focus.current) target?.focus()
    focus.current = null
  }, [step, errors, phase])

  const change = (patch: Partial<ListingValues>) =>
    setValues((previous) => {
      const next = { ...previous, ...patch }
      const category = options.categories.find((candidate) => candidate.handle === next.category)
      return withSuggestedSubtitle(next, category?.labels)
    })

  const changeCategory = (category: string) => {
    const nextFamily = options.categories.find((candidate) => candidate.handle === category)?.family
    // Another family has other techniques and materials: answers from the old one would not fit.
    change(nextFamily === family ? { category } : { category, technique: "", materials: [], dyeKind: "", dyes: [] })
  }

  const showErrors = (found: ListingFieldErrors, at?: WizardStep) => {
    if (at) setStep(at)
    setErrors(found)
    focus.current = "error"
  }

  const go = (to: WizardStep) => {
    setErrors({})
    setStep(to)
    focus.current = "heading"
  }

  const index = wizardSteps.indexOf(step)

  const next = (event: FormEvent) => {
    event.preventDefault()
    const found = validateStep(step, values, context)
    if (Object.keys(found).length) return showErrors(found)
    if (index < wizardSteps.length - 1) return go(wizardSteps[index + 1])
    // A resumed draft may hold answers no step has checked yet.
    const invalid = firstInvalidStep(values, context)
    if (invalid) return showErrors(invalid.errors, invalid.step)
    void save()
  }

  async function finishUploads(id: string) {
    // One round at a time: a second tap on "try again" must not send the same photo twice.
    if (uploading.current) return
    uploading.current = true
    try {
      await uploadAll(id)
    } finally {
      uploading.current = false
    }
  }

  async function uploadAll(id: string) {
    setPhase("upload")
    setStop(null)
    focus.current = "heading"
    const end = await send(id, photoList.current.current, (photoId, url, images) => {
      knownImages.current = images
      photoList.setPhotos((previous) => previous.map((photo) => (photo.id === photoId ? { ...photo, url } : photo)))
      void draft.keep({ step, values, photos: photoList.current.current, productId: id })
    })
    if (!end.ok) return setStop(stopOf(end))
    const order = photoList.current.current.flatMap((photo) => (photo.url ? [photo.url] : []))
    if (!sameList(order, knownImages.current)) {
      const ordered = await orderListingImages(id, order)
      if (!ordered.ok) return setStop(ordered.failure)
      knownImages.current = order
    }
    await draft.clear()
    setPhase("done")
    focus.current = "heading"
  }

  async function save() {
    setPhase("save")
    setStop(null)
    focus.current = "heading"
    const images = photos.flatMap((photo) => (photo.url ? [photo.url] : []))
    let result: Awaited<ReturnType<typeof saveListing>>
    try {
      result = await saveListing({ productId, values, images, photoCount: photos.length })
    } catch {
      result = { ok: false, step: null, errors: {}, failure: "unreachable" }
    }
    if (!result.ok) {
      setPhase("edit")
      setStop(result.failure)
      if (result.step) showErrors(result.errors, result.step)
      return
    }
    // Kept at once: a tab closed now must resume on this product, never create a second one.
    await draft.keep({ step, values, photos: photoList.current.current, productId: result.id })
    setProductId(result.id)
    knownImages.current = result.images
    await finishUploads(result.id)
  }

  const restart = async () => {
    await draft.clear()
    setValues(initialValues)
    photoList.setPhotos(initialImages.map((url) => ({ id: url, blob: null, url })))
    setProductId(initialProductId)
    go("photos")
  }

  const errorWords = Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, code ? text.errors[code] : undefined]))
  const listingHref = productId ? localePath(locale, `/cooperative/listings/${productId}`) : null
  const loginHref = `${localePath(locale, "/cooperative/login")}?${new URLSearchParams({ next: localePath(locale, path) })}`

  return (
    <div ref={container} className="grid gap-4">
      <WizardNotices online={online} resumed={draft.resumed && phase === "edit"} state={state} text={text.wizard} onRestart={restart} />
      {phase === "edit" ? (
        <form noValidate onSubmit={next} className="grid gap-6">
          <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
            <span className="block text-sm font-medium text-muted">{fill(text.wizard.stepOf, { index: index + 1, total: wizardSteps.length })}</span>
            {text.wizard.steps[step]}
          </h2>
          {stop && (
            <p role="alert" className="rounded-xl border border-terracotta-dark/40 bg-wool p-3 font-medium text-terracotta-dark">
              {stopWords(stop, text)}{" "}
              {stop === "unauthorized" && (
                <a href={loginHref} className="underline">
                  {text.wizard.finish.login}
                </a>
              )}
            </p>
          )}
          <WizardStepView
            step={step}
            values={values}
            family={family}
            photos={photoList}
            options={options}
            errors={errorWords}
            text={text}
            onChange={change}
            onCategory={changeCategory}
            onPhotoProblem={(code) => setErrors(code ? { photos: code } : {})}
          />
          <WizardNav first={index === 0} last={index === wizardSteps.length - 1} busy={photoList.preparing} text={text.wizard} onBack={() => go(wizardSteps[index - 1])} />
        </form>
      ) : (
        <WizardFinish
          headingRef={heading}
          phase={phase}
          photos={photos}
          uploads={uploads}
          failure={stop}
          state={state}
          productId={productId}
          locale={locale}
          listingHref={listingHref}
          loginHref={loginHref}
          text={text}
          onRetry={() => (productId ? void finishUploads(productId) : void save())}
        />
      )}
    </div>
  )
}
