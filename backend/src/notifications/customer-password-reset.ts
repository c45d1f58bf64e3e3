import type { Locale } from "@tiwizi/locale"
import type { RenderedEmail } from "./email-layout"
import { renderResetPasswordEmail, type ResetPasswordTexts } from "./reset-password-email"

/** The template name customers' reset emails are sent with. */
export const CUSTOMER_PASSWORD_RESET = "customer-password-reset"

const texts: ResetPasswordTexts = {
  fr: {
    subject: "Choisissez un nouveau mot de passe",
    intro: "Vous avez demandé à changer le mot de passe de votre compte client Tiwizi.",
    action: "Choisir un nouveau mot de passe",
    validity: "Ce lien est valable 15 minutes et ne sert qu'une fois.",
    ignore: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change pas.",
  },
  ar: {
    subject: "اختر كلمة مرور جديدة",
    intro: "طلبت تغيير كلمة مرور حسابك في تيويزي.",
    action: "اختيار كلمة مرور جديدة",
    validity: "هذا الرابط صالح لمدة 15 دقيقة ولمرة واحدة فقط.",
    ignore: "إذا لم تطلب ذلك، تجاهل هذه الرسالة: كلمة مرورك لن تتغير.",
  },
  en: {
    subject: "Choose a new password",
    intro: "You asked to change the password of your Tiwizi customer account.",
    action: "Choose a new password",
    validity: "This link is valid for 15 minutes and works once.",
    ignore: "If you did not ask for this, ignore this message: your password stays the same.",
  },
}

/** Renders a customer's password reset email; `url` is the storefront's reset page with the token. */
export function renderCustomerPasswordReset(locale: Locale, url: string): RenderedEmail {
  return renderResetPasswordEmail(texts, locale, url)
}
