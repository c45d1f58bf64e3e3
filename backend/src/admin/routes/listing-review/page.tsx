import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ListCheckbox } from "@medusajs/icons"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { EmptyState } from "../../components/empty-state"
import { PagePagination } from "../../components/page-pagination"
import { ReviewCard } from "../../components/review-card"
import { useErrorToast } from "../../lib/use-error-toast"
import { useUrlFilters } from "../../lib/use-url-filters"
import { type ReviewFilters, useReviewQueue } from "../../lib/use-review-queue"

const PAGE_SIZE = 10
const ALL = "all"

/**
 * "Revue des annonces": what cooperatives have submitted and staff have not yet decided, oldest
 * first. New listings show everything they would put on sale; changes to live listings show the
 * live version beside the proposed one.
 */
const ListingReviewPage = () => {
  const { params, update } = useUrlFilters()
  const kind = params.get("kind") as ReviewFilters["kind"] | null
  const offset = Number(params.get("offset") ?? 0) || 0
  const { data, isPending, error } = useReviewQueue({ kind: kind ?? undefined, limit: PAGE_SIZE, offset })
  useErrorToast(error, "Impossible de charger la file de revue")

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Revue des annonces</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data ? `${data.count} en attente de décision` : "Chargement…"} — nouvelles annonces et modifications d'annonces en ligne.
          </Text>
        </div>
        <div className="w-[240px]">
          <Select value={kind ?? ALL} onValueChange={(value) => update({ kind: value === ALL ? null : value, offset: null })} size="small">
            <Select.Trigger aria-label="Type de demande">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Toutes les demandes</Select.Item>
              <Select.Item value="listing">Nouvelles annonces</Select.Item>
              <Select.Item value="revision">Modifications</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </Container>
      {isPending && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            Chargement de la file de revue…
          </Text>
        </Container>
      )}
      {error && !data && (
        <Container>
          <EmptyState title="La file de revue n'a pas pu être chargée.">Réessayez dans un instant ; le détail de l'erreur est affiché en bas de l'écran.</EmptyState>
        </Container>
      )}
      {data && !data.items.length && (
        <Container>
          <EmptyState title={offset ? "Cette page est vide." : "Rien à revoir pour l'instant."}>
            Les annonces et les modifications que les coopératives soumettent apparaîtront ici, les plus anciennes en premier.
          </EmptyState>
        </Container>
      )}
      {data?.items.map((item) => <ReviewCard key={`${item.kind}-${item.id}`} item={item} />)}
      {data && data.count > PAGE_SIZE && (
        <Container className="p-0">
          <PagePagination count={data.count} limit={PAGE_SIZE} offset={offset} onOffsetChange={(next) => update({ offset: String(next) })} />
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Revue des annonces", icon: ListCheckbox, rank: 2 })

export const handle = { breadcrumb: () => "Revue des annonces" }

export default ListingReviewPage
