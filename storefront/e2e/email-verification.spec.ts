import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { chromiumAvailable, skipReason } from "./chromium"

test.skip(!chromiumAvailable, skipReason)

const repo = join(__dirname, "..", "..")
const outbox = process.env.NOTIFICATIONS_FILE ?? join(repo, ".data", "notifications", "outbox.jsonl")

/** The newest email verification link the backend wrote to the outbox for `email`, if any. */
function latestVerificationLink(email: string): string | undefined {
  if (!existsSync(outbox)) return undefined
  const lines = readFileSync(outbox, "utf8").split("\n").filter(Boolean)
  const links = lines
    .map((line) => JSON.parse(line) as { to: string; template: string; data?: { url?: string } })
    .filter((entry) => entry.to === email && entry.template === "customer-email-verification")
  return links.at(-1)?.data?.url
}

/** Submits a form and waits until the server action has answered (see account.spec.ts). */
async function submit(page: Page, button: string) {
  const sent = page.waitForRequest((request) => request.method() === "POST")
  await page.getByRole("button", { name: button }).click()
  await sent
  await expect(page.locator("main button[type=submit][disabled]")).toHaveCount(0)
}

test("a new customer confirms their email from the emailed link, and their account stops asking", async ({ page }) => {
  const email = `itto.${Date.now()}@tiwizi.test`
  await page.goto("/fr/account/register")
  await page.getByRole("textbox", { name: "Prénom" }).fill("Itto")
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Amahrouch")
  await page.getByRole("textbox", { name: "E-mail" }).fill(email)
  await page.getByLabel(/^Mot de passe/).fill("laine-de-khenifra")
  await submit(page, "Créer mon compte")
  await expect(page).toHaveURL(/\/fr\/account$/)

  const notice = page.getByRole("region", { name: "Confirmez votre adresse e-mail" })
  await expect(notice).toContainText(`Nous avons envoyé un lien à ${email}`)
  let link: string | undefined
  await expect.poll(() => (link = latestVerificationLink(email)), { message: `a customer-email-verification line for ${email} in ${outbox}` }).toBeTruthy()
  expect(link).toMatch(/\/fr\/account\/verify-email\?token=/)

  // The registration's link went out a moment ago: a second one has to wait a minute.
  await submit(page, "Renvoyer le lien")
  await expect(notice.getByRole("status")).toHaveText("Un lien vient d’être envoyé. Attendez une minute avant d’en demander un autre.")

  await page.goto(link!)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresse e-mail confirmée")
  await expect(page.getByRole("main").getByRole("status")).toContainText("Vous pouvez maintenant enchérir")
  await page.getByRole("link", { name: "Aller à mon compte" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Itto Amahrouch")
  await expect(page.getByRole("region", { name: "Confirmez votre adresse e-mail" })).toHaveCount(0)

  // A cut or forged link changes nothing and says so.
  await page.goto(`${link!.slice(0, -6)}AAAAAA`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien ne fonctionne pas")
  await expect(page.getByRole("main").getByRole("alert")).toContainText("48 heures")
})
