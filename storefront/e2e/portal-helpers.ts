import { crc32, deflateSync } from "node:zlib"
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
 * A 480 × 360 PNG of wool and indigo stripes, for listings made through the API. A listing staff
 * approve shows it in the shop through next/image: a tiny picture there would load with a
 * `naturalWidth` of 0, its one pixel scaled down by the srcset's density.
 */
export const listingPhoto = stripedPng(480, 360)

function stripedPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const row = (y: number) => Buffer.from([0, ...Array.from({ length: width }, () => (Math.floor(y / 24) % 2 ? [0x2d, 0x3a, 0x66] : [0xf3, 0xe9, 0xd8])).flat()])
  const pixels = Buffer.concat(Array.from({ length: height }, (_, y) => row(y)))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixels)), chunk("IEND", Buffer.alloc(0))])
}

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
    multipart: { files: { name: "tapis.png", mimeType: "image/png", buffer: listingPhoto } },
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

