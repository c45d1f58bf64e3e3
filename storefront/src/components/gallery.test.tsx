import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { Gallery } from "./gallery"

const images = [
  { url: "http://localhost:9000/static/a.webp", alt: "Tapis, photo 1" },
  { url: "http://localhost:9000/static/b.webp", alt: "Tapis, photo 2" },
  { url: "http://localhost:9000/static/c.webp", alt: "Tapis, photo 3" },
]
const labels = ["Afficher la photo 1 sur 3", "Afficher la photo 2 sur 3", "Afficher la photo 3 sur 3"]

describe("Gallery", () => {
  it("shows the first photo large and says which thumbnail is shown", () => {
    render(<Gallery images={images} label="Photos du produit" thumbnailLabels={labels} />)
    expect(screen.getByRole("region", { name: "Photos du produit" })).toBeInTheDocument()
    expect(screen.getByRole("img", { name: "Tapis, photo 1" })).toBeInTheDocument()
    expect(screen.getByRole("button", { name: labels[0] })).toHaveAttribute("aria-pressed", "true")
    expect(screen.getByRole("button", { name: labels[1] })).toHaveAttribute("aria-pressed", "false")
  })

  it("switches the large photo when a thumbnail is chosen", () => {
    render(<Gallery images={images} label="Photos du produit" thumbnailLabels={labels} />)
    fireEvent.click(screen.getByRole("button", { name: labels[2] }))
    expect(screen.getByRole("img", { name: "Tapis, photo 3" })).toBeInTheDocument()
    expect(screen.queryByRole("img", { name: "Tapis, photo 1" })).toBeNull()
    expect(screen.getByRole("button", { name: labels[2] })).toHaveAttribute("aria-pressed", "true")
  })

  it("shows no thumbnails for a single photo", () => {
    render(<Gallery images={images.slice(0, 1)} label="Photos du produit" thumbnailLabels={labels.slice(0, 1)} />)
    expect(screen.queryByRole("button")).toBeNull()
  })
})
