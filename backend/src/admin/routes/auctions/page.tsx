import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Button, Container, Heading, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { EmptyState } from "../../components/empty-state"
import { NewLotDrawer } from "../../components/new-lot-drawer"
import { PagePagination } from "../../components/page-pagination"
import { formatDate } from "../../lib/labels"
import { formatMoney } from "../../lib/marketplace/labels"
import { type AuctionRow, type AuctionStatus, auctionStatusLabels, offerStatusLabels, useAuctions } from "../../lib/use-auctions"
import { useErrorToast } from "../../lib/use-error-toast"
import { useUrlFilters } from "../../lib/use-url-filters"

const PAGE_SIZE = 20
const ALL = "all"
const statuses = Object.keys(auctionStatusLabels) as AuctionStatus[]

/** The lot's price as staff follow it: the hammer price once sold, else the current bid, else the start. */
function price(lot: AuctionRow): string {
  if (lot.hammer_price !== null) return `${formatMoney(lot.hammer_price, lot.currency_code)} (adjugé)`
  if (lot.current_price !== null) return formatMoney(lot.current_price, lot.currency_code)
  return `${formatMoney(lot.starting_price, lot.currency_code)} (départ)`
}

/** "Enchères": every lot by status, soonest ending first among those running, and the form to create one. */
const AuctionsPage = () => {
  const navigate = useNavigate()
  const { params, update } = useUrlFilters()
  const status = params.get("status") as AuctionStatus | null
  const offset = Number(params.get("offset") ?? 0) || 0
  const [creating, setCreating] = useState(false)
  const { data, isPending, error } = useAuctions({ status: status ?? undefined, limit: PAGE_SIZE, offset })
  useErrorToast(error, "Impossible de charger les enchères")

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Enchères</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Ventes aux enchères des pièces uniques : lots programmés, en cours, adjugés et leurs paiements.
          </Text>
        </div>
        <Button size="small" onClick={() => setCreating(true)}>
          Nouveau lot
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <div className="w-[240px]">
          <Select value={status ?? ALL} onValueChange={(value) => update({ status: value === ALL ? null : value, offset: null })} size="small">
            <Select.Trigger aria-label="Statut">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Tous les statuts</Select.Item>
              {statuses.map((value) => (
                <Select.Item key={value} value={value}>
                  {auctionStatusLabels[value].label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isPending && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Chargement des enchères…
          </Text>
        </div>
      )}
      {error && !data && <EmptyState title="La liste n'a pas pu être chargée.">Réessayez dans un instant ; le détail de l'erreur est affiché en bas de l'écran.</EmptyState>}
      {data && !data.auctions.length && (
        <EmptyState title={status ? "Aucun lot dans ce statut." : "Aucun lot pour l'instant."}>Créez un lot à partir d'une pièce unique en ligne.</EmptyState>
      )}
      {data && data.auctions.length > 0 && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Lot</Table.HeaderCell>
                <Table.HeaderCell>Statut</Table.HeaderCell>
                <Table.HeaderCell>Prix</Table.HeaderCell>
                <Table.HeaderCell>Enchères</Table.HeaderCell>
                <Table.HeaderCell>Fin</Table.HeaderCell>
                <Table.HeaderCell>Paiement</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.auctions.map((lot) => (
                <Table.Row key={lot.id} className="cursor-pointer" onClick={() => navigate(`/auctions/${lot.id}`)}>
                  <Table.Cell>
                    <div className="flex items-center gap-x-3 py-2">
                      {lot.product.thumbnail && <img src={lot.product.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />}
                      <div className="flex flex-col">
                        <Link to={`/auctions/${lot.id}`} onClick={(event) => event.stopPropagation()} className="txt-compact-small-plus text-ui-fg-base">
                          {lot.product.title}
                        </Link>
                        <span className="txt-compact-small text-ui-fg-subtle">{lot.cooperative?.name ?? "—"}</span>
                      </div>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={auctionStatusLabels[lot.status].color}>{auctionStatusLabels[lot.status].label}</StatusBadge>
                    {lot.close_error && (lot.status === "scheduled" || lot.status === "live") && (
                      <StatusBadge color="red" className="ms-1">
                        Clôture en échec
                      </StatusBadge>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {price(lot)}
                    {lot.reserve_price !== null && <span className="text-ui-fg-subtle"> · réserve {formatMoney(lot.reserve_price, lot.currency_code)}</span>}
                  </Table.Cell>
                  <Table.Cell>{lot.bid_count}</Table.Cell>
                  <Table.Cell>{formatDate(lot.ends_at)}</Table.Cell>
                  <Table.Cell>{lot.offer_status ? offerStatusLabels[lot.offer_status].label : "—"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <PagePagination count={data.count} limit={PAGE_SIZE} offset={offset} onOffsetChange={(next) => update({ offset: String(next) })} />
        </>
      )}
      <NewLotDrawer
        open={creating}
        onClose={(createdId) => {
          setCreating(false)
          if (createdId) navigate(`/auctions/${createdId}`)
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Enchères", icon: Sparkles, rank: 6 })

export const handle = { breadcrumb: () => "Enchères" }

export default AuctionsPage
