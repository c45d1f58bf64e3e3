import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import text from "../../../../messages/fr/listings.json"
import { StepPhotos } from "./step-photos"

const words = text.PortalListings.wizard.photos
const photos = [
  { id: "a", blob: null, url: "http://localhost:9000/static/a.webp" },
  { id: "b", blob: null, url: "http://localhost:9000/static/b.webp" },
]

const renderStep = (props: Partial<Parameters<typeof StepPhotos>[0]> = {}) => {
  const handlers = { onAdd: vi.fn(), onRemove: vi.fn(), onMain: vi.fn() }
  render(<StepPhotos photos={photos} preparing={false} text={words} {...handlers} {...props} />)
  return handlers
}

describe("StepPhotos", () => {
  it("offers the camera and the gallery as labelled file inputs", () => {
    renderStep()
    const camera = screen.getByLabelText("Prendre une photo")
    expect(camera).toHaveAttribute("capture", "environment")
    expect(camera).toHaveAttribute("accept", "image/*")
    expect(screen.getByLabelText("Choisir dans la galerie")).toHaveAttribute("multiple")
  })

  it("hands the files picked to the wizard", () => {
    const { onAdd } = renderStep()
    const file = new File(["x"], "tapis.jpg", { type: "image/jpeg" })
    fireEvent.change(screen.getByLabelText("Choisir dans la galerie"), { target: { files: [file] } })
    expect(onAdd).toHaveBeenCalledWith([file])
  })

  it("names every photo's buttons, and marks the first photo as the main one", () => {
    const { onRemove, onMain } = renderStep()
    expect(screen.getAllByText("Photo principale")).toHaveLength(1)
    fireEvent.click(screen.getByRole("button", { name: "En faire la principale (photo 2)" }))
    expect(onMain).toHaveBeenCalledWith("b")
    fireEvent.click(screen.getByRole("button", { name: "Retirer (photo 1)" }))
    expect(onRemove).toHaveBeenCalledWith("a")
  })

  it("says what is wrong next to the buttons", () => {
    renderStep({ photos: [], error: "Ajoutez au moins une photo." })
    expect(screen.getByLabelText("Prendre une photo")).toHaveAccessibleDescription("Ajoutez au moins une photo.")
    expect(screen.getByLabelText("Prendre une photo")).toHaveAttribute("aria-invalid", "true")
  })
})
