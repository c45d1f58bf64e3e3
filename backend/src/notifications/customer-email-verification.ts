import type { Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"

/** The template name customers' email verification links are sent with. */
export const CUSTOMER_EMAIL_VERIFICATION = "customer-email-verification"

const texts: Record<Locale, { subject: string; intro: string; why: string; action: string; validity: string; ignore: string }> = {
  fr: {
    subject: "Confirmez votre adresse e-mail",
    intro: "Confirmez que cette adresse est bien la vôtre pour terminer l'ouverture de votre compte client Tiwizi.",
    why: "Une adresse confirmée est nécessaire pour enchérir sur les tapis des coopératives : c'est là que nous vous écrivons si vous remportez un lot.",
    action: "Confirmer mon adresse",
    validity: "Ce lien est valable 48 heures. Passé ce délai, demandez-en un nouveau depuis votre compte.",
    ignore: "Si vous n'avez pas créé de compte sur Tiwizi, ignorez ce message.",
  },
  ar: {
    subject: "أكد عنوان بريدك الإلكتروني",
    intro: "أكد أن هذا العنوان هو عنوانك لإتمام فتح حسابك في تيويزي.",
    why: "العنوان المؤكد ضروري للمزايدة على زرابي التعاونيات: إليه نكتب لك إذا فزت بقطعة.",
    action: "تأكيد عنواني",
    validity: "هذا الرابط صالح لمدة 48 ساعة. بعد ذلك، اطلب رابطا جديدا من حسابك.",
    ignore: "إذا لم تنشئ حسابا في تيويزي، تجاهل هذه الرسالة.",
  },
  en: {
    subject: "Confirm your email address",
    intro: "Confirm that this address is yours to finish opening your Tiwizi customer account.",
    why: "A confirmed address is needed to bid on the cooperatives' carpets: it is where we write to you if you win a lot.",
    action: "Confirm my address",
    validity: "This link is valid for 48 hours. After that, ask for a new one from your account.",
    ignore: "If you did not create a Tiwizi account, ignore this message.",
  },
}

/** Renders the email that asks a customer to confirm their address; `url` is the storefront's verification page with the token. */
export function renderCustomerEmailVerification(locale: Locale, url: string): RenderedEmail {
  const t = texts[locale]
  const text = [t.intro, t.why, "", `${t.action}: ${url}`, "", t.validity, t.ignore].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(t.subject)}</h1>`,
    `<p>${escapeHtml(t.intro)}</p>`,
    `<p>${escapeHtml(t.why)}</p>`,
    emailButton(url, t.action),
    `<p style="font-size:14px;word-break:break-all"><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`,
    `<p>${escapeHtml(t.validity)}</p>`,
    `<p>${escapeHtml(t.ignore)}</p>`,
  ].join("\n")
  return { subject: t.subject, text, html: emailHtml(locale, t.subject, body) }
}
