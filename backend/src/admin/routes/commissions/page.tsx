import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Button, Container, Heading, Prompt, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { EmptyState } from "../../components/empty-state"
import { FigureTile } from "../../components/figure-tile"
import { RateDrawer, type RateTarget } from "../../components/marketplace/rate-drawer"
import { formatRate } from "../../lib/marketplace/labels"
import type { CommissionRate } from "../../lib/marketplace/types"
import { useCommissionRates, useRateChange } from "../../lib/marketplace/use-commission-rates"
import { useErrorToast } from "../../lib/use-error-toast"

/** Removing a rate, confirmed: the next more general rate applies to later orders. */
function DeleteRate({ rate, onClose }: { rate: CommissionRate | null; onClose: () => void }) {
  const change = useRateChange()
  return (
    <Prompt open={!!rate} onOpenChange={(open) => !open && onClose()} variant="danger">
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>Supprimer ce taux ?</Prompt.Title>
          <Prompt.Description>
            Les commandes passées ensuite prendront le taux plus général qui s'applique (à défaut, le taux par défaut). Les commandes déjà passées gardent leur taux.
          </Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel type="button">Annuler</Prompt.Cancel>
          <Button
            size="small"
            variant="danger"
            isLoading={change.isPending}
            onClick={() =>
              rate &&
              change.mutate(
                { kind: "delete", id: rate.id, success: "Taux supprimé." },
                {
                  onSuccess: onClose,
                  onError: (error) => {
                    toast.error("Le taux n'a pas été supprimé", { description: error.message })
                    onClose()
                  },
                },
              )
            }
          >
            Supprimer
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

/**
 * "Commissions": Tiwizi's default commission and the rates set for a cooperative, a category, or
 * a category of one cooperative. The most specific rate wins for each line of an order, and is
 * copied onto the line when the order is placed: a change applies to later orders only.
 */
const CommissionsPage = () => {
  const { data, isPending, error } = useCommissionRates()
  useErrorToast(error, "Impossible de charger les taux de commission")
  const [editing, setEditing] = useState<RateTarget | null>(null)
  const [deleting, setDeleting] = useState<CommissionRate | null>(null)
  const defaultRow = data?.commission_rates.find((rate) => !rate.cooperative_id && !rate.category_id) ?? null
  const overrides = data?.commission_rates.filter((rate) => rate !== defaultRow) ?? []

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Commissions</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Le taux le plus précis s'applique : catégorie d'une coopérative, puis coopérative, puis catégorie, puis le taux par défaut.
            </Text>
          </div>
          {data && (
            <Button size="small" variant="secondary" onClick={() => setEditing({ kind: "default", rate: defaultRow, current_bps: data.default_rate_bps })}>
              Modifier le taux par défaut
            </Button>
          )}
        </div>
        {isPending && (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              Chargement des taux…
            </Text>
          </div>
        )}
        {error && !data && <EmptyState title="Les taux n'ont pas pu être chargés.">Réessayez dans un instant ; le détail de l'erreur est affiché en bas de l'écran.</EmptyState>}
        {data && (
          <div className="grid grid-cols-1 px-6 py-4 sm:grid-cols-3">
            <FigureTile value={formatRate(data.default_rate_bps)} label={defaultRow ? "taux par défaut" : "taux par défaut (celui de Tiwizi, jamais modifié)"} />
          </div>
        )}
      </Container>
      {data && (
        <Container className="divide-y p-0">
          <div className="flex items-center justify-between px-6 py-4">
            <Heading level="h2">Taux particuliers</Heading>
            <Button size="small" variant="secondary" onClick={() => setEditing({ kind: "new" })}>
              Ajouter un taux
            </Button>
          </div>
          {overrides.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Coopérative</Table.HeaderCell>
                  <Table.HeaderCell>Catégorie</Table.HeaderCell>
                  <Table.HeaderCell>Taux</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {overrides.map((rate) => (
                  <Table.Row key={rate.id}>
                    <Table.Cell>{rate.cooperative_id ? (rate.cooperative_name ?? rate.cooperative_id) : <span className="text-ui-fg-subtle">Toutes</span>}</Table.Cell>
                    <Table.Cell>{rate.category_id ? (rate.category_name ?? rate.category_id) : <span className="text-ui-fg-subtle">Toutes</span>}</Table.Cell>
                    <Table.Cell>{formatRate(rate.rate_bps)}</Table.Cell>
                    <Table.Cell>
                      <div className="flex justify-end gap-x-2 py-2">
                        <Button size="small" variant="secondary" onClick={() => setEditing({ kind: "edit", rate })}>
                          Modifier
                        </Button>
                        <Button size="small" variant="transparent" onClick={() => setDeleting(rate)}>
                          Supprimer
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <EmptyState title="Aucun taux particulier.">Toutes les ventes prennent le taux par défaut.</EmptyState>
          )}
        </Container>
      )}
      <RateDrawer target={editing} onClose={() => setEditing(null)} />
      <DeleteRate rate={deleting} onClose={() => setDeleting(null)} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Commissions", icon: ReceiptPercent, rank: 5 })

export const handle = { breadcrumb: () => "Commissions" }

export default CommissionsPage
