"use server"

import { defaultLocale, isLocale, type Locale } from "@tiwizi/locale"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { readTokenClaims } from "../account-token"
import {
  acceptInvite,
  applyForCooperative,
  createInvite,
  createMember,
  endMemberSessions,
  loginMember,
  refreshMemberToken,
  registerMemberIdentity,
  requestMemberPasswordReset,
  setMemberLocale,
  updateCooperative,
  updateMemberPassword,
  uploadCooperativeImage,
} from "../data/vendor-cooperative"
import { removeMemberToken, setMemberToken } from "../data/vendor"
import { localePath } from "../locale-path"
import { siteUrl } from "../site-url"
import { applicationFields, parseApplication } from "../portal-application"
import { isSessionGone, portalFailure } from "../portal-errors"
import { failureState, formError, parseEmail, parseLogin, parseNewPassword, parseRegister, text, type FormValues, type PortalFormState } from "../portal-forms"
import { formatExpiry, inviteLink } from "../portal-invite"
import { portalAuthPath, safePortalNext } from "../portal-next"
import { chosenImage, parseInvite, parsePublicPage, parseRib } from "../portal-profile"

function readLocale(form: FormData): Locale {
  const value = form.get("locale")
  return isLocale(value) ? value : defaultLocale
}

/** The form's state for a failed backend call; unexpected failures are logged with their cause. */
function failure(action: string, error: unknown, values: FormValues, fields: readonly string[] = []): PortalFormState {
  const found = portalFailure(error, fields)
  if (found.code === "unknown" || found.code === "unreachable") console.error(`portal ${action} failed:`, error)
  return failureState(values, found)
}

/**
 * After a 401 in the middle of a form (the session was ended from another phone, or expired):
 * to the login page, which comes back to the form's page.
 */
function toLogin(locale: Locale, path: string): never {
  redirect(portalAuthPath(locale, "login", localePath(locale, path)))
}

/** Where a member goes once logged in: `next` (a portal page), else where their next step is. */
function nextPath(form: FormData, locale: Locale, fallback: string): string {
  return form.get("next") ? safePortalNext(form.get("next"), locale) : localePath(locale, fallback)
}

/**
 * Logs a member in, on this phone only for this browser session unless they chose to stay
 * logged in. Any wrong email or password gets the same answer; a right password for an email
 * that has no member yet (a shop customer's) is told to create the cooperative account.
 */
export async function login(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale = readLocale(form)
  const parsed = parseLogin(form)
  if (!parsed.ok) return parsed.state
  const values = { email: parsed.data.email, remember: parsed.data.remember ? "on" : "" }
  let token: string
  try {
    token = await loginMember(parsed.data.email, parsed.data.password)
  } catch (error) {
    return failure("login", error, values)
  }
  if (!readTokenClaims(token)?.actorId) return formError(values, {}, "no_member")
  try {
    await setMemberLocale(token, locale)
  } catch (error) {
    // The language only chooses how messages are written: it does not stand in the way of a login.
    console.error("The member's language could not be recorded", error)
  }
  await setMemberToken(token, parsed.data.remember)
  redirect(nextPath(form, locale, "/cooperative"))
}

/**
 * Creates a member's account and logs them in, then on to the application form (or to `next`,
 * an invitation's page). An email that already has a login (a shop customer's) becomes a member
 * too when the password matches it; otherwise the email is taken.
 */
export async function register(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale = readLocale(form)
  const parsed = parseRegister(form)
  if (!parsed.ok) return parsed.state
  const { password, remember, ...member } = parsed.data
  const values = { ...member, phone: text(form, "phone"), remember: remember ? "on" : "" }
  let token: string
  try {
    token = await registerMemberIdentity(member.email, password)
  } catch (error) {
    if (portalFailure(error).code !== "email_taken") return failure("registration", error, values)
    try {
      token = await loginMember(member.email, password)
    } catch (loginError) {
      if (isSessionGone(loginError)) return formError(values, { email: "email_taken" })
      return failure("registration", loginError, values)
    }
  }
  if (!readTokenClaims(token)?.actorId) {
    try {
      await createMember(token, { ...member, locale })
      token = await refreshMemberToken(token)
    } catch (error) {
      return failure("member creation", error, values, ["email", "first_name", "last_name", "phone"])
    }
  }
  await setMemberToken(token, remember)
  redirect(nextPath(form, locale, "/cooperative/apply"))
}

/** Logs the member out of this phone, back to the login page. */
export async function logout(form: FormData): Promise<void> {
  await removeMemberToken()
  redirect(localePath(readLocale(form), "/cooperative/login"))
}

/** Asks for a password-reset email in the page's language; the same answer whether or not the email has an account. */
export async function forgotPassword(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const parsed = parseEmail(form)
  if (!parsed.ok) return parsed.state
  try {
    await requestMemberPasswordReset(parsed.data.email, readLocale(form))
  } catch (error) {
    return failure("password reset request", error, parsed.data)
  }
  return { status: "done", values: parsed.data }
}

/** Sets the new password of a reset link, then on to log in with it. */
export async function resetPassword(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale = readLocale(form)
  const parsed = parseNewPassword(form)
  if (!parsed.ok) return parsed.state
  try {
    await updateMemberPassword(parsed.data.token, parsed.data.password)
  } catch (error) {
    // Expired, already used or forged: the backend does not say which, and neither do we.
    if (isSessionGone(error)) return formError({}, {}, "invalid_link")
    return failure("password update", error, {})
  }
  redirect(`${localePath(locale, "/cooperative/login")}?reset=done`)
}

/** Joins the logged-in member to the cooperative of an invitation, then home (or to the application's state while it is pending). */
export async function joinCooperative(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale = readLocale(form)
  const token = text(form, "token")
  if (!token) return formError({}, {}, "invite_missing")
  let status: string
  try {
    status = (await acceptInvite(token)).cooperative?.status ?? "pending"
  } catch (error) {
    if (isSessionGone(error)) toLogin(locale, `/cooperative/join?${new URLSearchParams({ token })}`)
    return failure("invitation acceptance", error, {})
  }
  redirect(localePath(locale, status === "approved" ? "/cooperative" : "/cooperative/apply"))
}

/** Sends the cooperative's application (or a new one after a rejection); the page then shows its state. */
export async function apply(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale = readLocale(form)
  const parsed = parseApplication(form)
  if (!parsed.ok) return parsed.state
  const values = Object.fromEntries(applicationFields.map((name) => [name, text(form, name)]))
  try {
    await applyForCooperative(parsed.data)
  } catch (error) {
    if (isSessionGone(error)) toLogin(locale, "/cooperative/apply")
    return failure("application", error, values, applicationFields)
  }
  redirect(localePath(locale, "/cooperative/apply"))
}

/** Runs one profile change and shows the page again with it; the form keeps its errors otherwise. */
async function saveProfileChange(form: FormData, values: FormValues, fields: readonly string[], change: () => Promise<unknown>): Promise<PortalFormState> {
  try {
    await change()
  } catch (error) {
    if (isSessionGone(error)) toLogin(readLocale(form), "/cooperative/profile")
    return failure("profile change", error, values, fields)
  }
  refresh()
  return { status: "done" }
}

/** Saves the public page's story, contacts and member counts. */
export async function savePublicPage(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const parsed = parsePublicPage(form)
  if (!parsed.ok) return parsed.state
  const values = Object.fromEntries(Object.keys(parsed.data).map((name) => [name, text(form, name)]))
  return saveProfileChange(form, values, Object.keys(values), () => updateCooperative(parsed.data))
}

/** Uploads the logo and/or the cover photo chosen, then puts them on the cooperative's page. */
export async function saveImages(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const chosen = { logo: chosenImage(form.get("logo")), cover: chosenImage(form.get("cover")) }
  if (!chosen.logo && !chosen.cover) return formError({}, { logo: "image_missing" })
  const errors = Object.fromEntries(Object.entries(chosen).flatMap(([name, image]) => (image && "error" in image ? [[name, image.error]] : [])))
  if (Object.keys(errors).length) return formError({}, errors)
  return saveProfileChange(form, {}, [], async () => {
    const update: { logo_url?: string; cover_url?: string } = {}
    if (chosen.logo && "file" in chosen.logo) update.logo_url = await uploadCooperativeImage(chosen.logo.file)
    if (chosen.cover && "file" in chosen.cover) update.cover_url = await uploadCooperativeImage(chosen.cover.file)
    await updateCooperative(update)
  })
}

/** Saves (or removes, when emptied) the bank details payouts go to; owners only. */
export async function saveBankDetails(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const parsed = parseRib(form)
  if (!parsed.ok) return parsed.state
  return saveProfileChange(form, { bank_rib: text(form, "bank_rib") }, ["bank_rib"], () => updateCooperative(parsed.data))
}

/** Invites someone to the cooperative; the answer holds the link for the owner to send, and until when it works. */
export async function inviteMember(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale = readLocale(form)
  const parsed = parseInvite(form)
  if (!parsed.ok) return parsed.state
  const values = { email: text(form, "email"), phone: text(form, "phone"), role: parsed.data.role }
  try {
    const { token, invite } = await createInvite(parsed.data)
    const t = await getTranslations({ locale, namespace: "Portal.profile.members" })
    return { status: "done", result: { link: inviteLink(siteUrl(), locale, token), hint: t("linkHint", { label: formatExpiry(invite.expires_at, locale) }) } }
  } catch (error) {
    if (isSessionGone(error)) toLogin(locale, "/cooperative/profile")
    return failure("invitation", error, values, ["email", "phone"])
  }
}

/**
 * Logs the member out of every phone: the backend refuses every token issued before now, this
 * phone's cookie is cleared, and the login page says it is done.
 */
export async function endAllSessions(form: FormData): Promise<void> {
  const locale = readLocale(form)
  try {
    await endMemberSessions()
  } catch (error) {
    // Already logged out (the token was ended or expired): the result is the same.
    if (!isSessionGone(error)) throw error
  }
  await removeMemberToken()
  redirect(`${localePath(locale, "/cooperative/login")}?ended=1`)
}
