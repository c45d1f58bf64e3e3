import { randomBytes } from "node:crypto"
import type { Check } from "../commands/test-prod.js"
import { call, logIn, must, Store } from "../shop-client.js"
import { assert, eventually, sql } from "./assert.js"

const password = process.env.DEMO_PASSWORD ?? "tiwizi-demo"

/** An 8 × 8 PNG, as a phone's photo would arrive: a listing needs one before review. */
const photo = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVR4nGNYbK2NFTEMLQkAAU5CQUC3Eq4AAAAASUVORK5CYII=",
  "base64",
)

/** A word no catalogue holds, so that only the new listing can match it. */
const uniqueWord = () => `tazrbit${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`

export const approvedOnOneSearchableOnOther: Check = {
  name: "a listing approved through server 1 becomes searchable through server 2 (the worker indexes it)",
  run: async ({ servers, publishableKey, databaseUrl }) => {
    const [one, two] = servers
    const [cooperative] = await sql<{ handle: string }>(databaseUrl, "select handle from cooperative where status = 'approved' and deleted_at is null order by handle limit 1")
    const member = { authorization: `Bearer ${await logIn(one.url, "cooperative_member", `${cooperative.handle}@coop.tiwizi.local`, password)}` }
    const word = uniqueWord()
    const body = {
      title: { fr: `Tapis ${word}` },
      subtitle: { fr: "Laine de M'rirt, teintures végétales" },
      description: { fr: "Noué main à Aghbalou." },
      category: "tapis-zayane",
      option_title: { fr: "Dimensions" },
      variants: [{ title: "150 × 240 cm", prices: { mad: 4800, eur: 450, usd: 490 }, stock: 1, weight_grams: 9000 }],
      provenance: {
        weaver_names: ["Itto Ouhammou"],
        weaver_consent: true,
        village: "Aghbalou",
        technique: "hand-knotted-pile",
        materials: ["wool"],
        dye_kind: "natural",
        dyes: ["madder"],
        width_cm: 150,
        length_cm: 240,
        work_hours: 320,
        one_of_a_kind: true,
      },
    }
    const { product } = must(await call(one.url, "POST", "/vendor/products", { body, headers: member }), "create the listing")
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array(photo)], { type: "image/png" }), "tapis.png")
    const uploaded = await fetch(`${one.url}/vendor/products/${product.id}/images`, { method: "POST", body: form, headers: member })
    assert(uploaded.ok, `upload the photo: ${uploaded.status} ${await uploaded.text()}`)
    must(await call(one.url, "POST", `/vendor/products/${product.id}/submit`, { headers: member }), "submit the listing")

    const store = new Store(two.url, publishableKey)
    const search = async () =>
      must(await store.post("/store/search", { entity: "product", fields: ["id", "handle"], filters: { q: word }, pagination: { skip: 0, take: 5 } }), "search").results[0].hits
    assert((await search()).length === 0, "the listing was searchable before staff approved it")

    const staff = { authorization: `Bearer ${await logIn(one.url, "user", "admin@tiwizi.local", password)}` }
    must(await call(one.url, "POST", `/admin/listings/${product.id}/approve`, { headers: staff }), "approve the listing")
    const approvedAt = Date.now()
    const found = async () => {
      const hits = await search()
      return hits.length ? hits : undefined
    }
    const hits = await eventually(found, 30_000, `"${word}" never became searchable through server 2`)
    assert(hits[0].id === product.id, `search found ${JSON.stringify(hits)}`)
    return `searchable through server 2 ${Date.now() - approvedAt} ms after the approval answered`
  },
}
