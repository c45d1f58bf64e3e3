import type { Translated } from "@tiwizi/locale"
import type { CategoryHandle } from "./categories"

type CategoryDefinition = { parent: CategoryHandle | null; label: Translated; description: Translated }

/** Labels and one-sentence descriptions of every category, keyed by handle. */
export const categoryDefinitions: Record<CategoryHandle, CategoryDefinition> = {
  tapis: {
    parent: null,
    label: { fr: "Tapis", ar: "الزرابي", en: "Carpets and rugs" },
    description: {
      fr: "Tapis noués et tissés à la main par des coopératives de tisserandes, du Moyen Atlas à la côte atlantique.",
      ar: "زرابي معقودة ومنسوجة يدويا من تعاونيات النساجات، من الأطلس المتوسط إلى الساحل الأطلسي.",
      en: "Rugs hand-knotted and hand-woven by women weavers' cooperatives, from the Middle Atlas to the Atlantic coast.",
    },
  },
  "tapis-zayane": {
    parent: "tapis",
    label: { fr: "Tapis zayane de Khénifra", ar: "الزربية الزيانية من خنيفرة", en: "Zayane rugs from Khénifra" },
    description: {
      fr: "Tapis à velours noués par les tisserandes du pays zayane, aux champs rouges et orangés et aux grands losanges.",
      ar: "زرابي معقودة ذات وبر تنسجها نساجات بلاد زيان، بأرضيات حمراء وبرتقالية ومعينات كبيرة.",
      en: "Pile rugs knotted by the weavers of Zayane country, with red and orange fields and bold lozenges.",
    },
  },
  hanbel: {
    parent: "tapis",
    label: { fr: "Hanbels (tissages plats)", ar: "الحنبل (نسيج مسطح)", en: "Hanbel flat-weaves" },
    description: {
      fr: "Tissages plats sans velours, faits de bandes horizontales de motifs, légers et faciles à déplacer.",
      ar: "منسوجات مسطحة بلا وبر، تتوالى فيها أشرطة أفقية من الزخارف، خفيفة وسهلة النقل.",
      en: "Flat-woven rugs without pile, built of horizontal bands of motifs, light and easy to move.",
    },
  },
  boucherouite: {
    parent: "tapis",
    label: { fr: "Boucherouites", ar: "البوشرويط", en: "Boucherouite rag rugs" },
    description: {
      fr: "Tapis joyeux noués à partir de chutes de tissus recyclés, où chaque pièce est un patchwork de couleurs.",
      ar: "زرابي مبهجة تعقد من بقايا الأقمشة المعاد تدويرها، وكل قطعة منها لوحة من الألوان.",
      en: "Cheerful rugs knotted from recycled fabric offcuts, each one a patchwork of colour.",
    },
  },
  "tapis-beni-mellal": {
    parent: "tapis",
    label: { fr: "Tapis de Béni Mellal", ar: "زرابي بني ملال", en: "Beni Mellal rugs" },
    description: {
      fr: "Tapis du piémont de Béni Mellal et de la plaine du Tadla, aux couleurs vives et aux treillis de losanges libres.",
      ar: "زرابي سفوح بني ملال وسهل تادلة، بألوان زاهية وشبكات معينات مرسومة بحرية.",
      en: "Rugs from the Beni Mellal foothills and the Tadla plain, in vivid colours with freely drawn lozenge lattices.",
    },
  },
  "tapis-rbati": {
    parent: "tapis",
    label: { fr: "Tapis de Rabat", ar: "الزربية الرباطية", en: "Rabat rugs" },
    description: {
      fr: "Tapis citadins finement noués, composés autour d'un médaillon central et de bordures multiples.",
      ar: "زرابي حضرية دقيقة العقد، تتوسطها جامة مركزية وتحيط بها إطارات متعددة.",
      en: "Finely knotted town rugs composed around a central medallion and multiple borders.",
    },
  },
  poterie: {
    parent: null,
    label: { fr: "Poterie", ar: "الفخار", en: "Pottery" },
    description: {
      fr: "Tajines, plats et vases tournés et émaillés par les potiers de Salé et de Tamegroute.",
      ar: "طواجين وأطباق ومزهريات يشكلها ويطليها خزافو سلا وتامكروت.",
      en: "Tagines, dishes and vases thrown and glazed by the potters of Salé and Tamegroute.",
    },
  },
  vannerie: {
    parent: null,
    label: { fr: "Vannerie", ar: "السلال والحصير", en: "Basketry" },
    description: {
      fr: "Paniers, corbeilles et nattes en palmier doum et en jonc, tressés à la main.",
      ar: "سلال وقفف وحصائر من الدوم والسمار، مضفورة باليد.",
      en: "Baskets, bowls and mats of doum palm and rush, woven by hand.",
    },
  },
  textiles: {
    parent: null,
    label: { fr: "Textiles", ar: "المنسوجات", en: "Textiles" },
    description: {
      fr: "Couvertures, coussins et linge de maison tissés ou brodés à la main.",
      ar: "أغطية ووسائد ومفروشات منزلية منسوجة أو مطرزة يدويا.",
      en: "Blankets, cushions and household linen, handwoven or hand-embroidered.",
    },
  },
  cuir: {
    parent: null,
    label: { fr: "Cuir", ar: "الجلد", en: "Leather" },
    description: {
      fr: "Poufs, sacs et babouches en cuir de chèvre tanné aux végétaux et cousu main.",
      ar: "بوفات وحقائب وبلاغي من جلد الماعز المدبوغ نباتيا والمخيط يدويا.",
      en: "Poufs, bags and babouches in vegetable-tanned goat leather, stitched by hand.",
    },
  },
  terroir: {
    parent: null,
    label: { fr: "Produits du terroir", ar: "المنتوجات المجالية", en: "Terroir foods" },
    description: {
      fr: "Huile d'argan, miel, couscous et safran produits par des coopératives agricoles, de la récolte au pot.",
      ar: "زيت الأركان والعسل والكسكس والزعفران من إنتاج تعاونيات فلاحية، من الجني إلى التعبئة.",
      en: "Argan oil, honey, couscous and saffron from farming cooperatives, from harvest to jar.",
    },
  },
  argan: {
    parent: "terroir",
    label: { fr: "Huile d'argan", ar: "زيت الأركان", en: "Argan oil" },
    description: {
      fr: "Huile d'argan alimentaire et cosmétique pressée à froid par les coopératives féminines du Souss et de la région d'Essaouira.",
      ar: "زيت أركان غذائي وتجميلي معصور على البارد لدى التعاونيات النسائية في سوس ونواحي الصويرة.",
      en: "Culinary and cosmetic argan oil, cold-pressed by women's cooperatives in the Souss and around Essaouira.",
    },
  },
  miel: {
    parent: "terroir",
    label: { fr: "Miel", ar: "العسل", en: "Honey" },
    description: {
      fr: "Miels bruts de thym, d'oranger, de jujubier et d'euphorbe, récoltés par des apiculteurs coopérateurs.",
      ar: "عسل خام من الزعتر وزهر البرتقال والسدر والدغموس، يجنيه نحالون متعاونون.",
      en: "Raw thyme, orange-blossom, jujube and euphorbia honeys gathered by cooperative beekeepers.",
    },
  },
  couscous: {
    parent: "terroir",
    label: { fr: "Couscous", ar: "الكسكس", en: "Couscous" },
    description: {
      fr: "Couscous de blé dur et d'orge roulé à la main et séché au soleil.",
      ar: "كسكس من القمح الصلب والشعير، مفتول باليد ومجفف تحت الشمس.",
      en: "Durum wheat and barley couscous, rolled by hand and dried in the sun.",
    },
  },
  safran: {
    parent: "terroir",
    label: { fr: "Safran", ar: "الزعفران", en: "Saffron" },
    description: {
      fr: "Safran en filaments de la région de Taliouine, cueilli à l'aube et émondé à la main.",
      ar: "زعفران حر في شعيرات من منطقة تالوين، يقطف عند الفجر وينقى يدويا.",
      en: "Saffron threads from the Taliouine area, picked at dawn and trimmed by hand.",
    },
  },
}
