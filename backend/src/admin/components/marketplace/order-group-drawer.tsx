import { Drawer, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../lib/labels"
import { formatMoney, formatRate, paymentLabels } from "../../lib/marketplace/labels"
import type { OrderGroup, OrderPart } from "../../lib/marketplace/types"
import { useOrderGroup } from "../../lib/marketplace/use-order-groups"
import { useErrorToast } from "../../lib/use-error-toast"
import { DetailRows } from "../detail-rows"
import { EmptyState } from "../empty-state"
import { PartSummary } from "./part-badges"

function PartDetail({ part, currency }: { part: OrderPart; currency: string }) {
  const money = (amount: number) => formatMoney(amount, currency)
  return (
    <section className="flex flex-col gap-y-2 border-t pt-4">
      <PartSummary part={part} />
      <DetailRows
        rows={[
          ["Total de la part", money(part.total)],
          ["Remboursé", part.refunded_total ? money(part.refunded_total) : "—"],
          ["Reste dû par le client", money(part.amount_due)],
          ["Commission Tiwizi", money(part.commission_total)],
          ["Acceptée le", formatDate(part.accepted_at)],
          ["Expédiée le", formatDate(part.shipped_at)],
          ["Livrée le", formatDate(part.delivered_at)],
          ...(part.cash_collected !== null ? [["Encaissé à la livraison", money(part.cash_collected)] as [string, string]] : []),
        ]}
      />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Article</Table.HeaderCell>
            <Table.HeaderCell>Qté</Table.HeaderCell>
            <Table.HeaderCell>Total</Table.HeaderCell>
            <Table.HeaderCell>Commission</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(part.items ?? []).map((item) => (
            <Table.Row key={item.id} className={item.cancelled_at ? "text-ui-fg-muted" : undefined}>
              <Table.Cell>
                <div className="flex flex-col py-2">
                  <span className={item.cancelled_at ? "line-through" : undefined}>{item.title}</span>
                  {item.variant_title && <span className="txt-compact-small text-ui-fg-subtle">{item.variant_title}</span>}
                  {item.cancelled_at && (
                    <span className="txt-compact-small text-ui-fg-error">
                      Annulé le {formatDate(item.cancelled_at)} : {item.cancel_reason}
                    </span>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell>{item.quantity}</Table.Cell>
              <Table.Cell>{money(item.total)}</Table.Cell>
              <Table.Cell>
                {money(item.commission_amount)}
                <span className="text-ui-fg-subtle"> ({formatRate(item.commission_rate_bps)})</span>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  )
}

function GroupDetail({ group }: { group: OrderGroup }) {
  return (
    <div className="flex flex-col gap-y-4">
      <DetailRows
        rows={[
          ["Passée le", formatDate(group.created_at)],
          ["Client", group.email],
          ["Total", formatMoney(group.total, group.currency_code)],
          ["Paiement", paymentLabels[group.payment]],
          [
            "Commande Medusa",
            <Link key="order" to={`/orders/${group.id}`} className="text-ui-fg-interactive hover:underline">
              Ouvrir la commande
            </Link>,
          ],
        ]}
      />
      <Heading level="h3">Parts des coopératives</Heading>
      {group.parts.map((part) => (
        <PartDetail key={part.id} part={part} currency={group.currency_code} />
      ))}
    </div>
  )
}

/**
 * One customer's order in a side panel: its figures, then each cooperative's part with its
 * lines and the commission taken on each, as copied when the order was split.
 */
export function OrderGroupDrawer({ orderId, onClose }: { orderId: string | null; onClose: () => void }) {
  const { data: group, isPending, error } = useOrderGroup(orderId)
  useErrorToast(error, "Impossible de charger la commande")
  return (
    <Drawer open={!!orderId} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-[720px]">
        <Drawer.Header>
          <Drawer.Title>{group ? `Commande n° ${group.display_id}` : "Commande"}</Drawer.Title>
          <Drawer.Description className="sr-only">Les parts de chaque coopérative et leurs articles.</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          {isPending && orderId && (
            <Text size="small" className="text-ui-fg-subtle">
              Chargement de la commande…
            </Text>
          )}
          {error && !group && <EmptyState title="La commande n'a pas pu être chargée.">Le détail de l'erreur est affiché en bas de l'écran.</EmptyState>}
          {group && <GroupDetail group={group} />}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
