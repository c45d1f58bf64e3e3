import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { Gallery } from "./gallery"

const images = [
  { url: "http://localhost:9000/static/a.webp", alt: "Tapis, photo 1" },
  { url: "http://localhost:9000/static/b.webp", alt: "Tapis, photo 2" },
  { url: "http://localhost:9000/static/c.webp", alt: "Tapis, photo 3" },
]
const labels = ["Afficher la photo 1 sur 3", "Afficher la photo 2 sur 3", "Afficher la photo 3 sur 3"]
const zoomLabels = ["Agrandir la photo 1", "Agrandir la photo 2", "Agrandir la photo 3"]
const dialogLabels = ["Tapis, photo 1 sur 3", "Tapis, photo 2 sur 3", "Tapis, photo 3 sur 3"]
const controls = { zoomIn: "Zoomer", zoomOut: "Voir en entier", close: "Fermer", previous: "Photo précédente", next: "Photo suivante" }

function renderGallery(count = 3) {
  return render(
    <Gallery
      images={images.slice(0, count)}
      label="Photos du produit"
      thumbnailLabels={labels.slice(0, count)}
      zoomLabels={zoomLabels.slice(0, count)}
      dialogLabels={dialogLabels.slice(0, count)}
      controls={controls}
    />,
  )
}

const region = () => screen.getByRole("region", { name: "Photos du produit" })

describe("Gallery", () => {
  it("shows the first photo large and says which thumbnail is shown", () => {
    renderGallery()
    expect(region()).toBeInTheDocument()
    expect(screen.getAllByRole("img", { name: "Tapis, photo 1" })[0]).toBeInTheDocument()
    expect(screen.getByRole("button", { name: labels[0] })).toHaveAttribute("aria-pressed", "true")
    expect(screen.getByRole("button", { name: labels[1] })).toHaveAttribute("aria-pressed", "false")
  })

  it("switches the large photo when a thumbnail is chosen", () => {
    renderGallery()
    fireEvent.click(screen.getByRole("button", { name: labels[2] }))
    expect(screen.getAllByRole("img", { name: "Tapis, photo 3" })[0]).toBeInTheDocument()
    expect(screen.queryByRole("img", { name: "Tapis, photo 1" })).toBeNull()
    expect(screen.getByRole("button", { name: labels[2] })).toHaveAttribute("aria-pressed", "true")
  })

  it("moves between photos with the arrow keys, mirrored right to left", () => {
    const { container } = renderGallery()
    fireEvent.keyDown(region(), { key: "ArrowRight" })
    expect(screen.getByRole("button", { name: labels[1] })).toHaveAttribute("aria-pressed", "true")
    fireEvent.keyDown(region(), { key: "ArrowLeft" })
    fireEvent.keyDown(region(), { key: "ArrowLeft" })
    expect(screen.getByRole("button", { name: labels[2] })).toHaveAttribute("aria-pressed", "true")

    container.setAttribute("dir", "rtl")
    fireEvent.keyDown(region(), { key: "ArrowLeft" })
    expect(screen.getByRole("button", { name: labels[0] })).toHaveAttribute("aria-pressed", "true")
  })

  it("enlarges the photo in a dialog that zooms, steps through photos and closes", () => {
    renderGallery()
    fireEvent.click(screen.getByRole("button", { name: zoomLabels[0] }))
    const dialog = screen.getByRole("dialog", { name: dialogLabels[0] })
    expect(dialog).toHaveAttribute("open")

    const zoom = screen.getByRole("button", { name: "Zoomer" })
    fireEvent.click(zoom)
    expect(screen.getByRole("button", { name: "Voir en entier" })).toHaveAttribute("aria-pressed", "true")
    // Zoomed, arrows pan the photo and do not change it.
    fireEvent.keyDown(dialog, { key: "ArrowRight" })
    expect(screen.getByRole("dialog", { name: dialogLabels[0] })).toBeInTheDocument()

    fireEvent.click(screen.getByRole("button", { name: "Photo suivante" }))
    expect(screen.getByRole("dialog", { name: dialogLabels[1] })).toBeInTheDocument()

    fireEvent.click(screen.getByRole("button", { name: "Fermer" }))
    expect(screen.queryByRole("dialog")).toBeNull()
  })

  it("shows no thumbnails and no photo stepping for a single photo", () => {
    renderGallery(1)
    expect(screen.queryByRole("button", { name: labels[0] })).toBeNull()
    expect(screen.getByRole("button", { name: zoomLabels[0] })).toBeInTheDocument()
    expect(screen.queryByRole("button", { name: "Photo suivante", hidden: true })).toBeNull()
  })
})
