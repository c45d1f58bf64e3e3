import { Alert, Button, Container, Heading, Label, Prompt, StatusBadge, Table, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { DetailRows } from "../../../components/detail-rows"
import { EmptyState } from "../../../components/empty-state"
import { formatDate } from "../../../lib/labels"
import { formatMoney } from "../../../lib/marketplace/labels"
import {
  type AuctionDetail,
  auctionStatusLabels,
  bidKindLabels,
  offerKindLabels,
  offerStatusLabels,
  useAuction,
  useAuctionAction,
} from "../../../lib/use-auctions"
import { useErrorToast } from "../../../lib/use-error-toast"

/** Staff cancel any lot not yet paid, with a reason kept on the lot. The dialog keeps the reason typed when the backend refuses. */
function CancelLot({ lot }: { lot: AuctionDetail }) {
  const action = useAuctionAction()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  useEffect(() => {
    if (open) setReason("")
  }, [open])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim() || action.isPending) return
    action.mutate({ kind: "cancel", id: lot.id, reason: reason.trim(), success: "Le lot est annulé." }, { onSuccess: () => setOpen(false) })
  }
  return (
    <>
      <Button size="small" variant="danger" onClick={() => setOpen(true)}>
        Annuler le lot
      </Button>
      <Prompt open={open} onOpenChange={setOpen} variant="danger">
        <Prompt.Content>
          <form onSubmit={submit}>
            <Prompt.Header>
              <Prompt.Title>Annuler ce lot ?</Prompt.Title>
              <Prompt.Description>
                Les enchères s'arrêtent, l'offre en attente de paiement est retirée et la pièce revient en vente à son prix dans la boutique.
              </Prompt.Description>
            </Prompt.Header>
            <div className="flex flex-col gap-y-2 px-6 pb-2 pt-4">
              {action.error && (
                <Alert variant="error" dismissible={false}>
                  {action.error.message}
                </Alert>
              )}
              <Label htmlFor="cancel-reason" size="small" weight="plus">
                Motif
              </Label>
              <Textarea id="cancel-reason" value={reason} onChange={(event) => setReason(event.target.value)} rows={3} maxLength={2000} autoFocus />
            </div>
            <Prompt.Footer>
              <Prompt.Cancel type="button">Retour</Prompt.Cancel>
              <Button type="submit" size="small" variant="danger" disabled={!reason.trim()} isLoading={action.isPending}>
                Annuler le lot
              </Button>
            </Prompt.Footer>
          </form>
        </Prompt.Content>
      </Prompt>
    </>
  )
}

/**
 * Offers the lot to the next bidder once the winner's offer expired: the backend chooses the
 * bidder and says why when it cannot (an offer still open, nobody left), shown in a toast.
 */
function SecondChance({ lot }: { lot: AuctionDetail }) {
  const action = useAuctionAction()
  const waiting = lot.offers.some((offer) => offer.status === "open" || offer.status === "paid")
  return (
    <Button
      size="small"
      variant="secondary"
      disabled={waiting}
      isLoading={action.isPending}
      title={waiting ? "L'offre en cours doit d'abord expirer." : undefined}
      onClick={() =>
        action.mutate(
          { kind: "second-chance", id: lot.id, success: "Le lot est proposé à l'enchérisseur suivant." },
          { onError: (error) => toast.error("La seconde chance n'a pas été proposée", { description: error.message }) },
        )
      }
    >
      Seconde chance
    </Button>
  )
}

function Facts({ lot }: { lot: AuctionDetail }) {
  const money = (amount: number | null) => (amount === null ? "—" : formatMoney(amount, lot.currency_code))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lot</Heading>
      </div>
      <DetailRows
        rows={[
          ["Prix de départ", money(lot.starting_price)],
          ["Prix de réserve", lot.reserve_price === null ? "Aucun" : money(lot.reserve_price)],
          ["Prix actuel", money(lot.current_price)],
          ["Maximum du meneur", money(lot.leader_max)],
          ["Prix d'adjudication", money(lot.hammer_price)],
          ["Début", formatDate(lot.starts_at)],
          ["Fin", lot.ends_at === lot.scheduled_end_at ? formatDate(lot.ends_at) : `${formatDate(lot.ends_at)} (prévue ${formatDate(lot.scheduled_end_at)})`],
          ["Prolongation", `${lot.soft_close_minutes} min`],
          ["Paiement", lot.allow_cash_on_delivery ? "Carte ou à la livraison" : "Carte uniquement"],
          ["Délai de paiement", `${lot.payment_days} jours`],
          ["Clôturé le", formatDate(lot.closed_at)],
        ]}
      />
    </Container>
  )
}

function Offers({ lot }: { lot: AuctionDetail }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Offres de paiement</Heading>
      </div>
      {lot.offers.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Client</Table.HeaderCell>
              <Table.HeaderCell>Montant</Table.HeaderCell>
              <Table.HeaderCell>À payer avant</Table.HeaderCell>
              <Table.HeaderCell>Statut</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lot.offers.map((offer) => (
              <Table.Row key={offer.id}>
                <Table.Cell>
                  {offer.email ?? "—"}
                  <span className="text-ui-fg-subtle"> · {offerKindLabels[offer.kind]}</span>
                </Table.Cell>
                <Table.Cell>{formatMoney(offer.amount, lot.currency_code)}</Table.Cell>
                <Table.Cell>{formatDate(offer.due_at)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={offerStatusLabels[offer.status].color}>{offerStatusLabels[offer.status].label}</StatusBadge>
                  {offer.order_id && (
                    <Link to={`/orders/${offer.order_id}`} className="text-ui-fg-interactive ms-2">
                      Commande
                    </Link>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyState title="Aucune offre.">Le gagnant reçoit une offre à payer dès la clôture, si la réserve est atteinte.</EmptyState>
      )}
    </Container>
  )
}

function Bids({ lot }: { lot: AuctionDetail }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Enchères</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {lot.bid_count} enchère{lot.bid_count > 1 ? "s" : ""}, la plus récente en premier
        </Text>
      </div>
      {lot.bids.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>N°</Table.HeaderCell>
              <Table.HeaderCell>Enchérisseur</Table.HeaderCell>
              <Table.HeaderCell>Montant</Table.HeaderCell>
              <Table.HeaderCell>Maximum</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Heure</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lot.bids.map((bid) => (
              <Table.Row key={bid.id}>
                <Table.Cell>{bid.position}</Table.Cell>
                <Table.Cell>{bid.email ?? "—"}</Table.Cell>
                <Table.Cell>{formatMoney(bid.amount, lot.currency_code)}</Table.Cell>
                <Table.Cell>{bid.max_amount === null ? "—" : formatMoney(bid.max_amount, lot.currency_code)}</Table.Cell>
                <Table.Cell>{bidKindLabels[bid.kind]}</Table.Cell>
                <Table.Cell>{formatDate(bid.created_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyState title="Pas encore d'enchère." />
      )}
    </Container>
  )
}

/** A lot for staff: its prices and times, every bid with the bidder's email, the offers to pay, and the actions the lot's status allows. */
const AuctionPage = () => {
  const { id } = useParams() as { id: string }
  const { data: lot, isPending, error } = useAuction(id)
  useErrorToast(error, "Impossible de charger le lot")

  if (isPending) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-subtle">
          Chargement du lot…
        </Text>
      </Container>
    )
  }
  if (!lot) {
    return (
      <Container>
        <EmptyState title="Ce lot n'a pas pu être affiché.">
          Il n'existe pas ou plus, ou le serveur n'a pas répondu. <Link to="/auctions" className="text-ui-fg-interactive">Retour à la liste</Link>
        </EmptyState>
      </Container>
    )
  }

  const cancellable = lot.status !== "paid" && lot.status !== "cancelled"
  const secondChance = lot.status === "sold" || lot.status === "second_chance"
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            {lot.product?.thumbnail && <img src={lot.product.thumbnail} alt="" className="h-12 w-12 rounded object-cover" />}
            <div className="flex flex-col gap-y-1">
              <div className="flex items-center gap-x-2">
                <Heading level="h1">{lot.product?.title ?? lot.id}</Heading>
                <StatusBadge color={auctionStatusLabels[lot.status].color}>{auctionStatusLabels[lot.status].label}</StatusBadge>
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {lot.cooperative ? <Link to={`/cooperatives/${lot.cooperative.id}`}>{lot.cooperative.name}</Link> : "—"}
                {lot.product && (
                  <>
                    {" · "}
                    <Link to={`/products/${lot.product.id}`}>Voir le produit</Link>
                  </>
                )}
              </Text>
            </div>
          </div>
          <div className="flex gap-x-2">
            {secondChance && <SecondChance lot={lot} />}
            {cancellable && <CancelLot lot={lot} />}
          </div>
        </div>
        {lot.status === "cancelled" && (
          <div className="px-6 py-4">
            <Alert variant="error">
              Annulé le {formatDate(lot.cancelled_at)}. Motif : {lot.cancel_reason}
            </Alert>
          </div>
        )}
      </Container>
      <div className="grid grid-cols-1 items-start gap-3 xl:grid-cols-[minmax(0,1fr)_440px]">
        <div className="flex flex-col gap-y-3">
          <Offers lot={lot} />
          <Bids lot={lot} />
        </div>
        <Facts lot={lot} />
      </div>
    </div>
  )
}

/** The breadcrumb names the lot's product, from the page's own query (cached, so no second request). */
function AuctionBreadcrumb({ id }: { id: string }) {
  const { data } = useAuction(id)
  return <>{data?.product?.title ?? "Lot"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <AuctionBreadcrumb id={(match.params as { id: string }).id} />,
}

export default AuctionPage
