import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test"
import { categoryOf, materialOf, techniqueOf } from "@tiwizi/crafts"
import type { Locale } from "@tiwizi/locale"
import { catalogues } from "../messages"
import { backend, bearer, memberToken } from "./backend"

/** An entry-level Android phone, the portal's first screen size. */
export const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }

/** The seeded owner of a cooperative (`npm run seed`), whose password is the demo one. */
export const ownerOf = (handle: string) => `${handle}@coop.tiwizi.local`

/**
 * A form label exactly, with or without the portal's required-field star (hidden from assistive
 * technologies, but part of the label's text that Playwright matches).
 */
export function label(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?\\s*$`)
}

/**
 * A valid 1×1 PNG, for listings made through the API. The vendor upload checks a file's bytes,
 * not its size in pixels, and a listing staff approve shows it in the shop, where the browser
 * must be able to decode it.
 */
export const tinyPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPY4KUHAALWASndGu/wAAAAAElFTkSuQmCC", "base64")

/** A file as `setInputFiles` takes it. */
export type Photo = { name: string; mimeType: string; buffer: Buffer }

/**
 * A phone-sized camera photo (2400 × 1800 JPEG, a few hundred KB) drawn by the browser: the
 * portal resizes it before upload, as it would a real one.
 */
export async function cameraPhoto(page: Page, name: string, colour: string): Promise<Photo> {
  const dataUrl = await page.evaluate((fill) => {
    const canvas = document.createElement("canvas")
    canvas.width = 2400
    canvas.height = 1800
    const context = canvas.getContext("2d")!
    context.fillStyle = fill
    context.fillRect(0, 0, canvas.width, canvas.height)
    for (let x = 0; x < canvas.width; x += 60) {
      context.fillStyle = x % 120 ? "#f3e9d8" : "#2d3a66"
      context.fillRect(x, (x * 7) % 1800, 30, 400)
    }
    return canvas.toDataURL("image/jpeg", 0.92)
  }, colour)
  return { name, mimeType: "image/jpeg", buffer: Buffer.from(dataUrl.split(",")[1], "base64") }
}

/** Logs a member in by giving the browser the portal's cookie, for tests about what comes after. */
export async function logInAs(context: BrowserContext, request: APIRequestContext, email: string): Promise<string> {
  const token = await memberToken(request, email)
  await context.addCookies([{ name: "tiwizi_coop_auth", value: token, url: "http://localhost:8100", httpOnly: true, sameSite: "Lax" }])
  return token
}

/** A carpet of the token's cooperative, created, given a photo and sent to staff through the API. */
export async function submittedCarpet(request: APIRequestContext, token: string, title: string): Promise<string> {
  const created = await request.post(`${backend}/vendor/products`, {
    headers: bearer(token),
    data: {
      title: { fr: title },
      subtitle: { fr: "Laine de M'rirt, teintures végétales" },
      description: { fr: "Noué main par les tisserandes d'Aghbalou pendant six semaines." },
      category: "tapis-zayane",
      variants: [{ title: "150 × 240 cm", prices: { mad: 4800 }, stock: 1 }],
      provenance: { technique: "hand-knotted-pile", materials: ["wool"], dye_kind: "natural", dyes: ["madder"] },
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { product } = await created.json()
  const upload = await request.post(`${backend}/vendor/products/${product.id}/images`, {
    headers: bearer(token),
    multipart: { files: { name: "tapis.png", mimeType: "image/png", buffer: tinyPng } },
  })
  expect(upload.ok(), await upload.text()).toBe(true)
  const submitted = await request.post(`${backend}/vendor/products/${product.id}/submit`, { headers: bearer(token), data: {} })
  expect(submitted.ok(), await submitted.text()).toBe(true)
  return product.id
}

/**
 * The wizard's steps up to the words, for a one-of-a-kind Zayane carpet with `photos`;
 * `onStep` runs on the category and questions steps once they show (accessibility checks).
 */
export async function describeCarpet(page: Page, locale: Locale, photos: Photo[], onStep?: (step: string) => Promise<void>) {
  const t = catalogues[locale].PortalListings.wizard
  await page.getByLabel(t.photos.gallery).setInputFiles(photos)
  await expect(page.getByRole("list", { name: t.photos.list }).getByRole("listitem")).toHaveCount(photos.length)
  await page.getByRole("button", { name: t.next }).click()
  const category = page.getByRole("radio", { name: categoryOf("tapis-zayane").label[locale] })
  await expect(category).toBeVisible()
  await onStep?.("category")
  await category.check()
  await page.getByRole("button", { name: t.next }).click()
  await expect(page.getByLabel(t.questions.width)).toBeVisible()
  await onStep?.("questions")
  await page.getByLabel(t.questions.width).fill("150")
  await page.getByLabel(t.questions.length).fill("240")
  await page.getByRole("radio", { name: techniqueOf("hand-knotted-pile").label[locale] }).check()
  await page.getByRole("checkbox", { name: materialOf("wool").label[locale] }).check()
  await page.getByRole("radio", { name: t.questions.dyeKinds.natural }).check()
  await page.getByLabel(t.questions.workHours).fill("320")
  await page.getByRole("radio", { name: t.questions.oneOfAKind }).check()
  await page.getByRole("button", { name: t.next }).click()
}

/** The price step, then saving: the listing is created and its photos sent. */
export async function priceAndSave(page: Page, locale: Locale, price: string) {
  const t = catalogues[locale].PortalListings.wizard
  await page.getByRole("button", { name: t.next }).click()
  await page.getByLabel(t.price.price).fill(price)
  await page.getByRole("button", { name: t.save }).click()
  await expect(page.getByText(t.finish.saved)).toBeVisible({ timeout: 60_000 })
}

