import Link from "next/link"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { AddToCart, type AddToCartLabels, type VariantChoice } from "./add-to-cart"
import { CartDrawer } from "./cart-drawer"

const addToCart = vi.hoisted(() => vi.fn())
vi.mock("@/lib/actions/cart", () => ({ addToCart }))
vi.mock("next/navigation", () => ({ usePathname: () => "/fr/products/tapis" }))

const labels: AddToCartLabels = {
  choose: "Choisissez : Taille",
  addToCart: "Ajouter au panier",
  adding: "Ajout en cours…",
  added: "Ajouté au panier.",
  viewCart: "Voir le panier",
  soldOut: "Épuisé",
  errors: {
    out_of_stock: "Plus assez de stock.",
    unavailable: "Pas vendu ici.",
    unreachable: "La boutique ne répond pas.",
    invalid: "Requête invalide.",
    unknown: "Un problème est survenu.",
  },
}

const small: VariantChoice = { id: "variant_s", label: "120 × 180", price: "1.250,00 MAD", stock: "Pièce unique", available: true }
const large: VariantChoice = { id: "variant_l", label: "200 × 300", price: "3.400,00 MAD", stock: "Plus que 2 en stock", available: true }
const gone: VariantChoice = { id: "variant_x", label: "250 × 350", price: "4.000,00 MAD", stock: "Épuisé pour le moment", available: false }

const renderButton = (variants: VariantChoice[]) =>
  render(<AddToCart variants={variants} locale="fr" cartHref="/fr/cart" labels={labels} />)

beforeEach(() => addToCart.mockReset())

describe("AddToCart", () => {
  it("shows the chosen variant's price and stock, and switches with the choice", () => {
    renderButton([small, large, gone])
    expect(screen.getByRole("group", { name: "Choisissez : Taille" })).toBeInTheDocument()
    expect(screen.getByText("1.250,00 MAD")).toBeInTheDocument()
    fireEvent.click(screen.getByRole("radio", { name: "200 × 300" }))
    expect(screen.getByText("3.400,00 MAD")).toBeInTheDocument()
    expect(screen.getByText("Plus que 2 en stock")).toBeInTheDocument()
    // A sold-out size stays listed, disabled, and says why.
    expect(screen.getByRole("radio", { name: "250 × 350 Épuisé pour le moment" })).toBeDisabled()
  })

  it("offers no choice for a single variant and refuses a sold-out one", () => {
    renderButton([gone])
    expect(screen.queryByRole("radio")).toBeNull()
    expect(screen.getByRole("button", { name: "Épuisé" })).toBeDisabled()
  })

  it("sends the chosen variant and the locale, and says when it is in the cart", async () => {
    addToCart.mockResolvedValue({ status: "added", count: 1 })
    renderButton([small, large])
    fireEvent.click(screen.getByRole("radio", { name: "200 × 300" }))
    fireEvent.click(screen.getByRole("button", { name: "Ajouter au panier" }))
    expect(await screen.findByText("Ajouté au panier.")).toBeInTheDocument()
    expect(screen.getByRole("link", { name: "Voir le panier" })).toHaveAttribute("href", "/fr/cart")
    const form = addToCart.mock.calls[0][1] as FormData
    expect(form.get("variant_id")).toBe("variant_l")
    expect(form.get("locale")).toBe("fr")
  })

  it("shows a message the buyer can act on when adding fails", async () => {
    addToCart.mockResolvedValue({ status: "error", code: "out_of_stock" })
    renderButton([small])
    fireEvent.click(screen.getByRole("button", { name: "Ajouter au panier" }))
    expect(await screen.findByRole("alert")).toHaveTextContent("Plus assez de stock.")
  })

  it("cannot be pressed twice while the cart is being updated", async () => {
    let finish: (value: unknown) => void = () => {}
    addToCart.mockReturnValue(new Promise((resolve) => (finish = resolve)))
    renderButton([small])
    fireEvent.click(screen.getByRole("button", { name: "Ajouter au panier" }))
    const pending = await screen.findByRole("button", { name: "Ajout en cours…" })
    expect(pending).toBeDisabled()
    finish({ status: "added", count: 1 })
    await waitFor(() => expect(screen.getByRole("button", { name: "Ajouter au panier" })).toBeEnabled())
    expect(addToCart).toHaveBeenCalledTimes(1)
  })
})

describe("AddToCart with the cart drawer on the page", () => {
  beforeEach(() => {
    // jsdom has no modal dialogs: open and close set the attribute as browsers do.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.setAttribute("open", "")
    }
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.removeAttribute("open")
    }
  })

  it("opens the drawer once added, which says so instead of the button", async () => {
    addToCart.mockResolvedValue({ status: "added", count: 1 })
    render(
      <>
        <CartDrawer title="Votre panier" closeLabel="Fermer le panier" addedLabel="Ajouté au panier.">
          <Link href="/fr/cart">Voir le panier</Link>
        </CartDrawer>
        <AddToCart variants={[small]} locale="fr" cartHref="/fr/cart" labels={labels} />
      </>,
    )
    fireEvent.click(screen.getByRole("button", { name: "Ajouter au panier" }))
    const drawer = await screen.findByRole("dialog", { name: "Votre panier" })
    expect(drawer).toHaveAttribute("open")
    expect(await screen.findByRole("status")).toHaveTextContent("Ajouté au panier.")
    expect(screen.getAllByText("Ajouté au panier.")).toHaveLength(1)
    expect(screen.getAllByRole("link", { name: "Voir le panier" })).toHaveLength(1)

    fireEvent.click(screen.getByRole("button", { name: "Fermer le panier" }))
    expect(drawer).not.toHaveAttribute("open")
  })
})
