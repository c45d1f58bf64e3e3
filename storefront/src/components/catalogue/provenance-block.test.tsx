import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import type { ProductCooperative, ProductProvenance } from "@/lib/product-origin"
import { ProvenanceBlock } from "./provenance-block"

const labels = {
  title: "Provenance",
  cooperative: "Coopérative",
  village: "Village",
  commune: "Commune",
  province: "Province",
  weavers: "Tissé par",
  oneOfAKind: "Pièce unique",
  madeToOrder: "Fabriqué à la commande",
}
const cooperative: ProductCooperative = {
  id: "coop_1",
  handle: "tifawin-aghbalou",
  name: "Coopérative Tifawin",
  province: "Khénifra",
  commune: "Aghbalou",
  women_led: true,
  rural: true,
}
const provenance: ProductProvenance = {
  id: "prov_1",
  weaver_names: ["Itto", "Fadma"],
  weaver_consent: true,
  village: "Ait Ishaq",
  technique: "hand-knotted-pile",
  materials: ["wool"],
  dye_kind: "natural",
  dyes: [],
  knot_density: null,
  pile_height_mm: null,
  width_cm: null,
  length_cm: null,
  work_hours: null,
  one_of_a_kind: true,
  made_to_order: false,
  labels: ["Registre national de l'artisanat"],
}

describe("ProvenanceBlock", () => {
  it("names the cooperative with a link to its page, the place, the weavers who consented and the story", () => {
    render(<ProvenanceBlock cooperative={cooperative} provenance={provenance} story={"Fondée en 2009.\n\nDeuxième paragraphe."} locale="fr" labels={labels} />)
    expect(screen.getByRole("link", { name: "Coopérative Tifawin" })).toHaveAttribute("href", "/fr/cooperatives/tifawin-aghbalou")
    expect(screen.getByText("Ait Ishaq")).toBeInTheDocument()
    expect(screen.getByText("Khénifra")).toBeInTheDocument()
    expect(screen.getByText("Itto, Fadma")).toBeInTheDocument()
    expect(screen.getByText("Pièce unique")).toBeInTheDocument()
    expect(screen.getByText("Registre national de l'artisanat")).toBeInTheDocument()
    expect(screen.getByText("Fondée en 2009.")).toBeInTheDocument()
    expect(screen.queryByText("Deuxième paragraphe.")).toBeNull()
  })

  it("never shows weavers' names without their consent", () => {
    render(<ProvenanceBlock cooperative={cooperative} provenance={{ ...provenance, weaver_consent: false }} locale="fr" labels={labels} />)
    expect(screen.queryByText("Tissé par")).toBeNull()
    expect(screen.queryByText(/Itto/)).toBeNull()
  })

  it("shows nothing when the product has neither cooperative nor provenance", () => {
    const { container } = render(<ProvenanceBlock cooperative={null} provenance={null} locale="fr" labels={labels} />)
    expect(container).toBeEmptyDOMElement()
  })
})
