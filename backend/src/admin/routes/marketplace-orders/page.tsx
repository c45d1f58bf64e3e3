import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Select, Switch, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { EmptyState } from "../../components/empty-state"
import { LateBadge, PartSummary } from "../../components/marketplace/part-badges"
import { OrderGroupDrawer } from "../../components/marketplace/order-group-drawer"
import { PagePagination } from "../../components/page-pagination"
import { formatDate } from "../../lib/labels"
import { formatMoney, partStatusLabels, paymentLabels } from "../../lib/marketplace/labels"
import type { PartStatus } from "../../lib/marketplace/types"
import { useOrderGroups } from "../../lib/marketplace/use-order-groups"
import { useErrorToast } from "../../lib/use-error-toast"
import { useUrlFilters } from "../../lib/use-url-filters"

const PAGE_SIZE = 20
const ALL = "all"
const statuses = Object.keys(partStatusLabels) as PartStatus[]

/**
 * "Commandes coopératives": customers' orders, newest first, each with its cooperatives' parts
 * and where they stand; a part not shipped in time is flagged in red. Filters apply to parts: an
 * order shows when one of its parts matches. A row opens the order's lines in a side panel.
 */
const MarketplaceOrdersPage = () => {
  const { params, update, clear } = useUrlFilters()
  const late = params.get("late") === "true"
  const status = params.get("status") as PartStatus | null
  const offset = Number(params.get("offset") ?? 0) || 0
  const [opened, setOpened] = useState<string | null>(null)

  const { data, isPending, error } = useOrderGroups({ late: late || undefined, status: status ?? undefined, limit: PAGE_SIZE, offset })
  useErrorToast(error, "Impossible de charger les commandes")
  const filtered = late || !!status

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Commandes coopératives</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Chaque commande client et la part de chaque coopérative.
          {data && ` Une part est en retard si elle n'est pas expédiée ${data.late_shipment_days} jour${data.late_shipment_days > 1 ? "s" : ""} après la commande.`}
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Switch id="late-only" checked={late} onCheckedChange={(checked) => update({ late: checked ? "true" : null, offset: null })} />
          <Label htmlFor="late-only" size="small">
            En retard seulement
          </Label>
        </div>
        <div className="w-[220px]">
          <Select value={status ?? ALL} onValueChange={(value) => update({ status: value === ALL ? null : value, offset: null })} size="small">
            <Select.Trigger aria-label="Statut d'une part">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Tous les statuts</Select.Item>
              {statuses.map((value) => (
                <Select.Item key={value} value={value}>
                  Une part {partStatusLabels[value].label.toLowerCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isPending && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Chargement des commandes…
          </Text>
        </div>
      )}
      {error && !data && <EmptyState title="La liste n'a pas pu être chargée.">Réessayez dans un instant ; le détail de l'erreur est affiché en bas de l'écran.</EmptyState>}
      {data && !data.order_groups.length && (
        <EmptyState title={filtered ? "Aucune commande ne correspond à ces filtres." : "Aucune commande pour l'instant."}>
          {filtered ? (
            <Button size="small" variant="transparent" onClick={clear}>
              Effacer les filtres
            </Button>
          ) : (
            "Les commandes apparaissent ici dès qu'un client valide son panier."
          )}
        </EmptyState>
      )}
      {data && data.order_groups.length > 0 && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Commande</Table.HeaderCell>
                <Table.HeaderCell>Client</Table.HeaderCell>
                <Table.HeaderCell>Total</Table.HeaderCell>
                <Table.HeaderCell>Parts des coopératives</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.order_groups.map((group) => (
                <Table.Row key={group.id} className="cursor-pointer [&_td]:align-top" onClick={() => setOpened(group.id)}>
                  <Table.Cell>
                    <div className="flex flex-col gap-y-1 py-2">
                      <span className="flex items-center gap-x-2">
                        <button type="button" className="txt-compact-small-plus text-ui-fg-base hover:underline" onClick={() => setOpened(group.id)}>
                          n° {group.display_id}
                        </button>
                        {group.late && <LateBadge />}
                      </span>
                      <span className="txt-compact-small text-ui-fg-subtle">{formatDate(group.created_at)}</span>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <span className="block py-2">{group.email ?? "—"}</span>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col gap-y-1 py-2">
                      <span>{formatMoney(group.total, group.currency_code)}</span>
                      <Badge size="2xsmall" color={group.payment === "cash_on_delivery" ? "orange" : "blue"} className="w-fit">
                        {paymentLabels[group.payment]}
                      </Badge>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col gap-y-2 py-2">
                      {group.parts.map((part) => (
                        <PartSummary key={part.id} part={part} />
                      ))}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <PagePagination count={data.count} limit={PAGE_SIZE} offset={offset} onOffsetChange={(next) => update({ offset: String(next) })} />
        </>
      )}
      <OrderGroupDrawer orderId={opened} onClose={() => setOpened(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Commandes coopératives", icon: ShoppingCart, rank: 3 })

export const handle = { breadcrumb: () => "Commandes coopératives" }

export default MarketplaceOrdersPage
