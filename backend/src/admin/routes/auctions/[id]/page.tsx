import { Alert, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { CancelLot, SecondChance } from "../../../components/auction-lot-actions"
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
} from "../../../lib/use-auctions"
import { useErrorToast } from "../../../lib/use-error-toast"

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
        {lot.close_error && (lot.status === "scheduled" || lot.status === "live") && (
          <div className="px-6 py-4">
            <Alert variant="error">
              La clôture de ce lot a échoué : {lot.close_error}. Elle est retentée chaque minute ; corrigez la cause (par exemple la
              coopérative ou le produit) ou annulez le lot.
            </Alert>
          </div>
        )}
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
