import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { apply } from "@/lib/actions/portal"
import type { FormValues } from "@/lib/portal-forms"
import { moroccanRegions } from "@/lib/portal-regions"
import { PortalForm } from "./portal-form"
import { portalFormLabels } from "./portal-form-labels"
import { CalendarIcon, DocumentIcon, IdCardIcon, MailIcon, MapIcon, PenIcon, PhoneIcon, PinIcon, SendIcon, ShopIcon, TreeIcon, UsersIcon, WomanIcon } from "./portal-icons"

/**
 * The cooperative's application, blank or filled with the rejected one to send again. Regions
 * are a list (Rabat-Salé-Kénitra first, the others in the reader's alphabetical order), stored
 * under their French names as staff and the shop read them.
 */
export async function ApplicationForm({ locale, initialValues }: { locale: Locale; initialValues?: FormValues }) {
  const [t, tRegions] = await Promise.all([getTranslations({ locale, namespace: "Portal.apply" }), getTranslations({ locale, namespace: "Portal.regions" })])
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending") })
  const collator = new Intl.Collator(locale)
  const [first, ...others] = moroccanRegions.map((region) => ({ value: region.name, label: tRegions(region.key) }))
  const regions = [first, ...others.sort((a, b) => collator.compare(a.label, b.label))]
  return (
    <PortalForm
      action={apply}
      hidden={{ locale }}
      labels={labels}
      icon={<SendIcon />}
      initialValues={initialValues}
      fields={[
        { name: "name", label: t("name"), icon: <ShopIcon />, required: true, maxLength: 120 },
        { name: "legal_name", label: t("legalName"), icon: <DocumentIcon />, required: true, hint: t("legalNameHint"), maxLength: 200 },
        { name: "odco_number", label: t("odco"), icon: <IdCardIcon />, required: true, hint: t("odcoHint"), ltr: true, half: true, maxLength: 40 },
        { name: "artisan_registry_number", label: t("registry"), icon: <IdCardIcon />, ltr: true, half: true, maxLength: 40 },
        { name: "region", label: t("region"), icon: <MapIcon />, type: "select", required: true, options: regions, placeholder: t("regionPlaceholder") },
        { name: "province", label: t("province"), icon: <PinIcon />, required: true, half: true, maxLength: 100 },
        { name: "commune", label: t("commune"), icon: <PinIcon />, required: true, half: true, maxLength: 100 },
        { name: "founded_year", label: t("foundedYear"), icon: <CalendarIcon />, type: "number", required: true, ltr: true, maxLength: 4 },
        { name: "member_count", label: t("members"), icon: <UsersIcon />, type: "number", required: true, ltr: true, half: true, maxLength: 6 },
        { name: "women_member_count", label: t("womenMembers"), icon: <WomanIcon />, type: "number", ltr: true, half: true, maxLength: 6 },
        { name: "women_led", label: t("womenLed"), icon: <WomanIcon />, type: "checkbox" },
        { name: "rural", label: t("rural"), icon: <TreeIcon />, type: "checkbox" },
        { name: "story", label: t("story"), icon: <PenIcon />, type: "textarea", required: true, hint: t("storyHint"), maxLength: 5000 },
        { name: "phone", label: t("phone"), icon: <PhoneIcon />, type: "tel", autoComplete: "tel", required: true, ltr: true, half: true },
        { name: "email", label: t("email"), icon: <MailIcon />, type: "email", autoComplete: "email", required: true, ltr: true, half: true },
      ]}
    />
  )
}
