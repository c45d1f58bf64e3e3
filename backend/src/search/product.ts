import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { typoTolerance } from "@tiwizi/search-text"
import { isProductDeletion, productIdsOfEvent, productIndexEvents } from "./_product-events"
import { productGraphFields, toProductDocuments } from "./_product-source"
import { reportSeedProgress } from "./_seed-progress"

const price = () => search.float().filterable().sortable().facetable({ types: ["range", "stats"] })
const facet = () => search.keyword().filterable().facetable()
const flag = () => search.boolean().filterable().facetable()
// Normalised texts: matched, never returned (hits carry the display fields instead).
const searchText = (weight: number) => search.text().searchable({ weight }).retrievable(false)

/**
 * The shop's product search: live products of approved cooperatives, with their translated
 * texts, cooperative, provenance, prices in each currency and stock. Kept current by the events
 * below; `npm run search:reindex` rebuilds it whole.
 *
 * It declares no `status` or `sales_channel_ids`, which `POST /store/search` would otherwise
 * filter every query on: it holds only products on sale (`isSearchable`), and on PostgreSQL those
 * always-true filters made the planner read every document's JSON, ten times slower at 10,000
 * products. The shop has one sales channel; a second storefront channel needs them back (or an
 * index per channel). Medusa logs once per process that the index is not narrowed by channel.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: search.define({
    id: search.keyword().filterable(),
    handle: search.keyword().filterable(),
    title_fr: search.keyword(),
    title_ar: search.keyword(),
    title_en: search.keyword(),
    thumbnail: search.keyword(),
    cooperative_handle: facet(),
    cooperative_name: search.keyword(),
    province: facet(),
    commune: search.keyword().filterable(),
    category_handles: facet().array(),
    collection_handle: search.keyword().filterable(),
    technique: facet(),
    materials: facet().array(),
    dye_kind: facet(),
    dyes: facet().array(),
    size_band: facet(),
    width_cm: search.float(),
    length_cm: search.float(),
    price_mad: price(),
    price_eur: price(),
    price_usd: price(),
    women_led: flag(),
    rural: flag(),
    one_of_a_kind: flag(),
    in_stock: flag(),
    created_at: search.date().filterable().sortable(),
    search_title_fr: searchText(3),
    search_title_ar: searchText(3),
    search_title_en: searchText(3),
    search_terms: searchText(2),
    search_text_fr: searchText(1),
    search_text_ar: searchText(1),
    search_text_en: searchText(1),
  }),
  settings: {
    typo_tolerance: {
      enabled: true,
      min_word_size_for_one_typo: typoTolerance.minWordSizeForOneTypo,
      min_word_size_for_two_typos: typoTolerance.minWordSizeForTwoTypos,
    },
  },
  events: productIndexEvents,
  consume: graphConsume({
    fields: productGraphFields,
    transform: toProductDocuments,
    resolve_ids: productIdsOfEvent,
    is_delete: isProductDeletion,
  }),
  seed: reportSeedProgress(graphSeed({ fields: productGraphFields, transform: toProductDocuments })),
})
