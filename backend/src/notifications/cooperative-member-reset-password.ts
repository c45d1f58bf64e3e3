import type { Locale } from "@tiwizi/locale"
import type { RenderedEmail } from "./email-layout"
import { renderResetPasswordEmail, type ResetPasswordTexts } from "./reset-password-email"

/** The template name cooperative members' reset emails are sent with. */
export const COOPERATIVE_MEMBER_RESET_PASSWORD = "cooperative-member-reset-password"

const texts: ResetPasswordTexts = {
  fr: {
    subject: "Nouveau mot de passe pour votre espace coopérative",
    intro: "Vous avez demandé à changer le mot de passe de votre espace coopérative sur Tiwizi.",
    action: "Choisir un nouveau mot de passe",
    validity: "Ce lien est valable 15 minutes et ne sert qu'une fois.",
    ignore: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change pas.",
  },
  ar: {
    subject: "كلمة مرور جديدة لفضاء تعاونيتك",
    intro: "طلبت تغيير كلمة مرور فضاء تعاونيتك في تيويزي.",
    action: "اختيار كلمة مرور جديدة",
    validity: "هذا الرابط صالح لمدة 15 دقيقة ولمرة واحدة فقط.",
    ignore: "إذا لم تطلب ذلك، تجاهل هذه الرسالة: كلمة مرورك لن تتغير.",
  },
  en: {
    subject: "A new password for your cooperative space",
    intro: "You asked to change the password of your cooperative space on Tiwizi.",
    action: "Choose a new password",
    validity: "This link is valid for 15 minutes and works once.",
    ignore: "If you did not ask for this, ignore this message: your password stays the same.",
  },
}

/** Renders a cooperative member's password reset email; `url` is the portal's reset page. */
export function renderCooperativeMemberResetPassword(locale: Locale, url: string): RenderedEmail {
  return renderResetPasswordEmail(texts, locale, url)
}
