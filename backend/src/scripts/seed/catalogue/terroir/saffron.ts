import { buildGoods, type GoodsFamily, type GoodsRow } from "../goods/build"
import { tr } from "../text"
import type { SeedProduct } from "../types"

const saffron: GoodsFamily = {
  category: "safran",
  skuCode: "SAF",
  option: tr("Poids", "الوزن", "Weight"),
  stock: 30,
  namesColours: false,
  maker: ({ called, place, area }) =>
    tr(
      `Cueilli à l'aube par les familles de la ${called.fr}, à ${place.fr} (${area.fr}), puis émondé à la main et séché à l'ombre.`,
      `يقطف عند الفجر بأيدي أسر ${called.ar} في ${place.ar} (${area.ar})، ثم ينقى يدويا ويجفف في الظل.`,
      `Picked at dawn by the families of the ${called.en} in ${place.en} (${area.en}), then trimmed by hand and dried in the shade.`,
    ),
}

const rows: GoodsRow[] = [
  {
    handle: "safran-de-taliouine-en-filaments",
    cooperative: "taddart-taliouine",
    title: tr("Safran de Taliouine en filaments", "زعفران تالوين في شعيرات", "Taliouine saffron threads"),
    subtitle: tr("AOP Safran de Taliouine, récolte de l'année", "تسمية المنشأ المحمية «زعفران تالوين»، محصول السنة", "Taliouine Saffron PDO, this year's harvest"),
    detail: tr(
      "Des stigmates entiers, d'un rouge profond, qui colorent et parfument un tajine entier avec quelques filaments seulement. Conservez-le à l'abri de la lumière.",
      "مياسم كاملة بلون أحمر قان، تلون وتعطر طاجينا كاملا ببضع شعيرات فقط. يحفظ بعيدا عن الضوء.",
      "Whole, deep red stigmas that colour and scent a whole tagine with just a few threads. Keep away from light.",
    ),
    technique: "hand-picked",
    materials: ["saffron-stigma"],
    variants: [
      ["1 g", 60, 40],
      ["2 g", 110, 50],
      ["5 g", 260, 80],
    ],
    tags: ["terroir", "safran", "filaments"],
    collections: ["cadeaux-du-terroir"],
  },
  {
    handle: "safran-de-taliouine-boite-de-10-g",
    cooperative: "taddart-taliouine",
    title: tr("Safran de Taliouine, boîte de 10 g", "زعفران تالوين، علبة 10 غ", "Taliouine saffron, 10 g tin"),
    subtitle: tr("Pour les cuisiniers et les pâtissiers", "للطباخين وصانعي الحلويات", "For cooks and pastry makers"),
    detail: tr(
      "Le format des restaurants et des familles qui cuisinent beaucoup : dix grammes de filaments, soit la récolte de près de 1 500 fleurs.",
      "حجم المطاعم والأسر التي تطبخ كثيرا: عشرة غرامات من الشعيرات، أي محصول قرابة 1500 زهرة.",
      "The size for restaurants and families who cook a lot: ten grams of threads, the harvest of about 1,500 flowers.",
    ),
    technique: "hand-picked",
    materials: ["saffron-stigma"],
    variants: [["10 g", 480, 150, 10]],
    tags: ["terroir", "safran", "filaments"],
  },
  {
    handle: "coffret-cadeau-safran-trois-fioles-taliouine",
    cooperative: "taddart-taliouine",
    title: tr("Coffret cadeau de safran, trois fioles", "علبة هدية من الزعفران، ثلاث قارورات", "Saffron gift box, three vials"),
    subtitle: tr("3 × 0,5 g dans un coffret en bois", "3 × 0.5 غ في علبة خشبية", "3 × 0.5 g in a wooden box"),
    detail: tr(
      "Trois petites fioles de verre dans un coffret en bois de thuya, avec une carte de recettes de la coopérative.",
      "ثلاث قارورات زجاجية صغيرة في علبة من خشب العرعار، مع بطاقة وصفات من التعاونية.",
      "Three small glass vials in a thuya wood box, with a recipe card from the cooperative.",
    ),
    technique: "hand-picked",
    materials: ["saffron-stigma"],
    option: tr("Contenu", "المحتوى", "Contents"),
    variants: [["3 × 0,5 g", 120, 250, 20]],
    tags: ["terroir", "safran", "coffret", "cadeau"],
    collections: ["cadeaux-du-terroir", "nouveautes"],
  },
  {
    handle: "safran-categorie-1-en-filaments-taliouine",
    cooperative: "taddart-taliouine",
    title: tr("Safran catégorie I en filaments", "زعفران من الصنف الأول في شعيرات", "Category I saffron threads"),
    subtitle: tr("Analysé selon la norme ISO 3632", "محلل وفق معيار إيزو 3632", "Tested to ISO 3632"),
    detail: tr(
      "Chaque lot est analysé en laboratoire pour son pouvoir colorant avant d'être classé en catégorie I, la plus haute de la norme.",
      "تحلل كل دفعة في المختبر لقياس قوة التلوين قبل تصنيفها في الصنف الأول، وهو أعلى أصناف المعيار.",
      "Every batch is lab-tested for colouring strength before being graded Category I, the standard's highest.",
    ),
    technique: "hand-picked",
    materials: ["saffron-stigma"],
    variants: [
      ["1 g", 70, 40],
      ["3 g", 190, 60],
    ],
    tags: ["terroir", "safran", "filaments"],
  },
  {
    handle: "safran-d-askaoun-en-filaments",
    cooperative: "adrar-askaoun",
    title: tr("Safran d'Askaoun en filaments", "زعفران أسكاون في شعيرات", "Askaoun saffron threads"),
    subtitle: tr("Safran d'altitude, récolte de novembre", "زعفران المرتفعات، جني نونبر", "High-altitude saffron, November harvest"),
    detail: tr(
      "Cultivé vers 2 000 mètres, ce safran fleurit plus tard que celui de la plaine et donne des filaments courts, très aromatiques.",
      "يزرع هذا الزعفران على علو يقارب 2000 متر، فيزهر بعد زعفران السهل ويعطي شعيرات قصيرة شديدة العطر.",
      "Grown at around 2,000 metres, this saffron flowers later than in the plain and gives short, highly aromatic threads.",
    ),
    technique: "hand-picked",
    materials: ["saffron-stigma"],
    variants: [
      ["1 g", 65, 40],
      ["2 g", 120, 50],
    ],
    tags: ["terroir", "safran", "filaments"],
  },
  {
    handle: "safran-en-boite-de-thuya-askaoun",
    cooperative: "adrar-askaoun",
    title: tr("Safran en boîte de thuya", "زعفران في علبة من خشب العرعار", "Saffron in a thuya wood box"),
    subtitle: tr("2 g dans une boîte en bois tourné", "2 غ في علبة من الخشب المخروط", "2 g in a turned wooden box"),
    detail: tr(
      "Une petite boîte ronde en bois de thuya, tournée à la main, qui garde le safran au sec et dans l'obscurité.",
      "علبة صغيرة مستديرة من خشب العرعار، مخروطة باليد، تحفظ الزعفران في مكان جاف ومظلم.",
      "A small round box of hand-turned thuya wood that keeps the saffron dry and in the dark.",
    ),
    technique: "hand-picked",
    materials: ["saffron-stigma"],
    variants: [["2 g", 150, 120, 15]],
    tags: ["terroir", "safran", "coffret", "cadeau"],
    collections: ["cadeaux-du-terroir"],
  },
]

/** Saffron from Taliouine and Askaoun, in the Siroua (Taroudant province). */
export const saffronGoods: SeedProduct[] = buildGoods(saffron, rows)
