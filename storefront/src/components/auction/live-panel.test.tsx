import { act, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { AuctionView } from "@/lib/auction-view"
import { LivePanel, type LivePanelLabels } from "./live-panel"

const placeBid = vi.hoisted(() => vi.fn())
const refresh = vi.hoisted(() => vi.fn())
vi.mock("@/lib/actions/auctions", () => ({ placeBid }))
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }))

const labels: LivePanelLabels = {
  phases: { upcoming: "À venir", live: "En direct", ended: "Terminée", cancelled: "Annulée" },
  endsIn: "Se termine dans",
  startsIn: "Commence dans",
  closing: "Clôture en cours…",
  softClose: "Une enchère dans les 5 dernières minutes prolonge la vente.",
  history: { title: "Historique des enchères", empty: "Aucune enchère.", auto: "automatique" },
  form: {
    title: "Votre enchère",
    amount: "Votre montant",
    kind: "Type d’enchère",
    bid: "Enchère simple",
    bidHint: "Exactement ce montant.",
    max: "Maximum (enchères automatiques)",
    maxHint: "Jusqu’à ce montant.",
    submit: "Enchérir",
    submitting: "Envoi…",
    raiseTitle: "Relever votre maximum",
    raiseHint: "Vous menez l’enchère.",
    raiseSubmit: "Relever mon maximum",
  },
}

const serverNow = Date.parse("2026-05-10T10:00:00Z")
const view = (changes: Partial<AuctionView> = {}): AuctionView => ({
  id: "alot_01JZ8R5W3K2M4N6P8Q0S",
  phase: "live",
  status: "live",
  startsAt: "2026-05-10T08:00:00Z",
  endsAt: "2026-05-10T10:05:00Z",
  serverTime: "2026-05-10T10:00:00Z",
  closed: null,
  price: { label: "Enchère actuelle", text: "2.600,00 MAD" },
  bidCount: "3 enchères",
  minNext: { amount: 2700, text: "Enchère minimale : 2.700,00 MAD" },
  reserve: null,
  standing: { kind: "winning", text: "Vous êtes le meilleur enchérisseur" },
  yourMax: null,
  canBid: false,
  raise: false,
  bids: [{ position: 3, bidder: "Vous", amount: "2.600,00 MAD", auto: false, time: "11:00:00", you: true }],
  ...changes,
})

/** A stand-in for the browser's EventSource: the test sends the events. */
class FakeEventSource {
  static last: FakeEventSource | undefined
  listeners = new Map<string, (event: { data?: string }) => void>()
  closed = false
  constructor(readonly url: string) {
    FakeEventSource.last = this
  }
  addEventListener(type: string, listener: (event: { data?: string }) => void) {
    this.listeners.set(type, listener)
  }
  close() {
    this.closed = true
  }
  emit(type: string, data?: unknown) {
    act(() => this.listeners.get(type)?.({ data: data === undefined ? undefined : JSON.stringify(data) }))
  }
}

const renderPanel = (initial = view()) =>
  render(
    <LivePanel initial={initial} locale="fr" streamUrl="/api/auctions/x/stream?locale=fr" pollUrl="/api/auctions/x?locale=fr" labels={labels}>
      <p>Connectez-vous pour enchérir</p>
    </LivePanel>,
  )

beforeEach(() => {
  vi.useFakeTimers({ now: serverNow, toFake: ["Date", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] })
  refresh.mockReset()
  placeBid.mockReset()
  FakeEventSource.last = undefined
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe("LivePanel", () => {
  it("shows the lot's state and follows the stream: a rival's bid says outbid and brings the form back", () => {
    vi.stubGlobal("EventSource", FakeEventSource)
    renderPanel()
    expect(FakeEventSource.last?.url).toBe("/api/auctions/x/stream?locale=fr")
    expect(screen.getByTestId("lot-price")).toHaveTextContent("2.600,00 MAD")
    expect(screen.getByRole("status")).toHaveTextContent("Vous êtes le meilleur enchérisseur")
    expect(screen.queryByRole("button", { name: "Enchérir" })).not.toBeInTheDocument()
    expect(screen.getByText("Connectez-vous pour enchérir")).toBeInTheDocument()

    FakeEventSource.last!.emit(
      "state",
      view({
        serverTime: "2026-05-10T10:00:01Z",
        price: { label: "Enchère actuelle", text: "2.700,00 MAD" },
        minNext: { amount: 2800, text: "Enchère minimale : 2.800,00 MAD" },
        standing: { kind: "outbid", text: "Vous avez été surenchéri" },
        canBid: true,
      }),
    )
    expect(screen.getByTestId("lot-price")).toHaveTextContent("2.700,00 MAD")
    expect(screen.getByRole("status")).toHaveTextContent("Vous avez été surenchéri")
    expect(screen.getByRole("spinbutton", { name: "Votre montant" })).toHaveValue(2800)
    expect(screen.queryByText("Connectez-vous pour enchérir")).not.toBeInTheDocument()
  })

  it("never lets an older state undo a newer one", () => {
    vi.stubGlobal("EventSource", FakeEventSource)
    renderPanel()
    FakeEventSource.last!.emit("state", view({ serverTime: "2026-05-10T10:00:02Z", bidCount: "5 enchères" }))
    FakeEventSource.last!.emit("state", view({ serverTime: "2026-05-10T10:00:01Z", bidCount: "4 enchères" }))
    expect(screen.getByTestId("lot-price")).toHaveTextContent("5 enchères")
  })

  it("counts down from the server's clock, even when the browser's is wrong", () => {
    vi.stubGlobal("EventSource", FakeEventSource)
    // The browser's clock is ten minutes fast; the lot has five minutes left by the server's.
    vi.setSystemTime(serverNow + 600_000)
    renderPanel()
    expect(screen.getByRole("timer")).toHaveTextContent(/^5\smin$/)
    act(() => vi.advanceTimersByTime(61_000))
    expect(screen.getByRole("timer")).toHaveTextContent(/^3\smin 59\ss$/)
  })

  it("falls back to asking every 3 seconds when the stream fails, until the stream opened again answers", async () => {
    vi.stubGlobal("EventSource", FakeEventSource)
    const fetch = vi.fn(async () => new Response(JSON.stringify(view({ serverTime: "2026-05-10T10:00:03Z", bidCount: "4 enchères" }))))
    vi.stubGlobal("fetch", fetch)
    renderPanel()
    FakeEventSource.last!.emit("error")
    expect(FakeEventSource.last!.closed).toBe(true)
    await act(() => vi.advanceTimersByTimeAsync(3000))
    expect(fetch).toHaveBeenCalledWith("/api/auctions/x?locale=fr", { cache: "no-store" })
    expect(screen.getByTestId("lot-price")).toHaveTextContent("4 enchères")

    // 30 seconds later the stream is opened again; its first state stops the polling.
    const failed = FakeEventSource.last
    await act(() => vi.advanceTimersByTimeAsync(27_000))
    expect(FakeEventSource.last).not.toBe(failed)
    FakeEventSource.last!.emit("state", view({ serverTime: "2026-05-10T10:00:31Z", bidCount: "5 enchères" }))
    expect(screen.getByTestId("lot-price")).toHaveTextContent("5 enchères")
    const polls = fetch.mock.calls.length
    await act(() => vi.advanceTimersByTimeAsync(9000))
    expect(fetch).toHaveBeenCalledTimes(polls)
  })

  it("asks every 3 seconds in a browser without EventSource, and renders the page again when the lot ends", async () => {
    vi.stubGlobal("EventSource", undefined)
    const fetch = vi.fn(async () => new Response(JSON.stringify(view({ serverTime: "2026-05-10T10:05:01Z", phase: "ended", status: "sold", closed: "Enchère terminée", minNext: null }))))
    vi.stubGlobal("fetch", fetch)
    renderPanel()
    await act(() => vi.advanceTimersByTimeAsync(3000))
    expect(screen.getByText("Enchère terminée")).toBeInTheDocument()
    expect(refresh).toHaveBeenCalledTimes(1)
    // The same state again renders nothing again.
    await act(() => vi.advanceTimersByTimeAsync(3000))
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it("hands the bid form's answer to the panel", async () => {
    vi.stubGlobal("EventSource", FakeEventSource)
    placeBid.mockResolvedValue({
      status: "placed",
      message: "Votre enchère de 2.900,00 MAD est enregistrée.",
      view: view({ serverTime: "2026-05-10T10:00:04Z", price: { label: "Enchère actuelle", text: "2.900,00 MAD" } }),
    })
    renderPanel(view({ canBid: true, standing: { kind: "outbid", text: "Vous avez été surenchéri" } }))
    vi.useRealTimers()
    fireEvent.change(screen.getByRole("spinbutton", { name: "Votre montant" }), { target: { value: "2900" } })
    fireEvent.click(screen.getByRole("button", { name: "Enchérir" }))
    await waitFor(() => expect(screen.getByTestId("lot-price")).toHaveTextContent("2.900,00 MAD"))
    expect(screen.getByText("Votre enchère de 2.900,00 MAD est enregistrée.")).toBeInTheDocument()
    const sent = placeBid.mock.calls[0][1] as FormData
    expect(Object.fromEntries(sent)).toMatchObject({ lot_id: "alot_01JZ8R5W3K2M4N6P8Q0S", locale: "fr", amount: "2900", kind: "bid" })
  })

  it("offers the leader only to raise their maximum, sent as a maximum", async () => {
    vi.stubGlobal("EventSource", FakeEventSource)
    placeBid.mockResolvedValue({ status: "placed", message: "Votre maximum de 6.000,00 MAD est enregistré.", view: view({ serverTime: "2026-05-10T10:00:04Z" }) })
    renderPanel(view({ canBid: true, raise: true, minNext: { amount: 4001, text: "Nouveau maximum, au moins : 4.001,00 MAD" } }))
    expect(screen.getByRole("heading", { name: "Relever votre maximum" })).toBeInTheDocument()
    expect(screen.queryByRole("radio")).not.toBeInTheDocument()
    expect(screen.getByRole("spinbutton", { name: "Votre montant" })).toHaveValue(4001)
    vi.useRealTimers()
    fireEvent.change(screen.getByRole("spinbutton", { name: "Votre montant" }), { target: { value: "6000" } })
    fireEvent.click(screen.getByRole("button", { name: "Relever mon maximum" }))
    await waitFor(() => expect(screen.getByText("Votre maximum de 6.000,00 MAD est enregistré.")).toBeInTheDocument())
    expect(Object.fromEntries(placeBid.mock.calls[0][1] as FormData)).toMatchObject({ amount: "6000", kind: "max" })
  })
})
