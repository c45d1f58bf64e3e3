import { profile } from "./profile"

/**
 * Cooperatives whose application regional staff have not decided yet: they have no products, so
 * they stay out of the catalogue's product data and its checks.
 */
export const applicantCooperatives = [
  profile({
    handle: "sebou-kenitra",
    name: "Coopérative Sebou",
    called: { fr: "coopérative Sebou", ar: "تعاونية سبو", en: "Sebou cooperative" },
    province: "Kénitra",
    place: { fr: "Kénitra", ar: "القنيطرة", en: "Kénitra" },
    foundedYear: 2023,
    members: 9,
    womenMembers: 9,
    womenLed: true,
    rural: false,
    story: {
      fr: "Fondée en 2023 au bord du Sebou, la coopérative réunit neuf brodeuses de Kénitra qui ont déposé leur dossier pour vendre en ligne leurs nappes et leurs coussins brodés à la main.",
      ar: "تأسست التعاونية سنة 2023 على ضفاف نهر سبو، وتجمع تسع طرازات من القنيطرة قدمن ملفهن لبيع مفارشهن ووسائدهن المطرزة يدويا عبر الإنترنت.",
      en: "Founded in 2023 on the banks of the Sebou, the cooperative brings together nine embroiderers from Kénitra who have applied to sell their hand-embroidered tablecloths and cushions online.",
    },
  }),
]
