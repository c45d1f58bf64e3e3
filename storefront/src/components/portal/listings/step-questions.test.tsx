import { fireEvent, render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { emptyListingValues, type ListingValues } from "@/lib/listing-form"
import { wizardOptions } from "@/lib/listing-options"
import text from "../../../../messages/fr/listings.json"
import { StepQuestions } from "./step-questions"

const questions = text.PortalListings.wizard.questions
const options = wizardOptions("fr")

const renderStep = (family: "tapis" | "poterie" | "terroir", patch: Partial<ListingValues> = {}, errors = {}) => {
  const onChange = vi.fn()
  render(<StepQuestions values={{ ...emptyListingValues("fr"), ...patch }} family={family} options={options} errors={errors} text={questions} onChange={onChange} />)
  return onChange
}

describe("StepQuestions", () => {
  it("asks a carpet everything: size, technique, materials, dye, hours, one or several", () => {
    renderStep("tapis")
    expect(screen.getByRole("textbox", { name: "Largeur (cm)" })).toHaveAttribute("inputmode", "numeric")
    expect(screen.getByRole("group", { name: "Technique" })).toBeInTheDocument()
    expect(screen.getByRole("radio", { name: "Noué main (velours)" })).toBeInTheDocument()
    expect(screen.queryByRole("radio", { name: "Tourné au tour de potier" })).not.toBeInTheDocument()
    expect(screen.getByRole("checkbox", { name: "Laine de mouton" })).toBeInTheDocument()
    expect(screen.queryByRole("checkbox", { name: "Argile" })).not.toBeInTheDocument()
    expect(screen.getByRole("group", { name: "Teinture" })).toBeInTheDocument()
    expect(screen.getByRole("textbox", { name: "Temps de travail (heures)" })).toBeInTheDocument()
    expect(screen.getByRole("radio", { name: "Pièce unique" })).toBeChecked()
  })

  it("asks a pot its own techniques and materials, and no dye", () => {
    renderStep("poterie")
    expect(screen.getByRole("radio", { name: "Tourné au tour de potier" })).toBeInTheDocument()
    expect(screen.getByRole("checkbox", { name: "Argile" })).toBeInTheDocument()
    expect(screen.queryByRole("group", { name: "Teinture" })).not.toBeInTheDocument()
  })

  it("asks a jar of honey neither size nor hours nor one of a kind", () => {
    renderStep("terroir")
    expect(screen.queryByRole("textbox", { name: "Largeur (cm)" })).not.toBeInTheDocument()
    expect(screen.queryByRole("textbox", { name: "Temps de travail (heures)" })).not.toBeInTheDocument()
    expect(screen.queryByRole("group", { name: "Combien de pièces ?" })).not.toBeInTheDocument()
  })

  it("offers the colours a declared dye allows, and drops the others when the kind changes", () => {
    const onChange = renderStep("tapis", { dyeKind: "synthetic", dyes: ["madder", "synthetic-red"] })
    const colours = screen.getByRole("group", { name: "Couleurs" })
    expect(within(colours).getByRole("checkbox", { name: "Garance" })).toBeChecked()
    expect(within(colours).getByRole("checkbox", { name: "Rouge (teinture synthétique)" })).toBeChecked()
    fireEvent.click(screen.getByRole("radio", { name: "Teinture naturelle" }))
    expect(onChange).toHaveBeenCalledWith({ dyeKind: "natural", dyes: ["madder"] })
  })

  it("says each error next to its question and marks the answers invalid", () => {
    renderStep("tapis", {}, { technique: "Ce champ est à remplir.", width: "Un nombre entier de centimètres, entre 10 et 1000." })
    expect(screen.getByRole("textbox", { name: "Largeur (cm)" })).toHaveAccessibleDescription("Un nombre entier de centimètres, entre 10 et 1000.")
    expect(screen.getByRole("group", { name: "Technique" })).toHaveAccessibleDescription("Ce champ est à remplir.")
    expect(screen.getByRole("radio", { name: "Noué main (velours)" })).toHaveAttribute("aria-invalid", "true")
  })
})
