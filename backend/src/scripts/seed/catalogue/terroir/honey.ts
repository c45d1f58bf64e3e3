import { buildGoods, type GoodsFamily, type GoodsRow, type VariantRow } from "../goods/build"
import { tr } from "../text"
import type { SeedProduct } from "../types"

const honey: GoodsFamily = {
  category: "miel",
  skuCode: "MIEL",
  option: tr("Poids", "الوزن", "Weight"),
  stock: 24,
  namesColours: false,
  maker: ({ called, place, area }) =>
    tr(
      `Récolté par les apiculteurs de la ${called.fr}, à ${place.fr} (${area.fr}), puis extrait et mis en pot sans être chauffé.`,
      `جناه نحالو ${called.ar} في ${place.ar} (${area.ar})، ثم استخلص وعبئ دون تسخين.`,
      `Harvested by the beekeepers of the ${called.en} in ${place.en} (${area.en}), then extracted and jarred without heating.`,
    ),
}

/** Shipping weights of our jars: the honey plus its glass jar and lid. */
const GROSS_GRAMS = { "250 g": 420, "500 g": 760, "1 kg": 1400 }

/** Jar sizes with their dirham prices, in the order written. */
function jars(prices: Partial<Record<keyof typeof GROSS_GRAMS, number>>): VariantRow[] {
  return Object.entries(prices).map(([size, mad]) => [size, mad, GROSS_GRAMS[size as keyof typeof GROSS_GRAMS]])
}

const rows: GoodsRow[] = [
  {
    handle: "miel-de-thym-du-moyen-atlas",
    cooperative: "amalou-aguelmous",
    title: tr("Miel de thym du Moyen Atlas", "عسل الزعتر من الأطلس المتوسط", "Middle Atlas thyme honey"),
    subtitle: tr("Miel cru, récolte d'été", "عسل خام، جني الصيف", "Raw honey, summer harvest"),
    detail: tr(
      "Ambré et puissant, il cristallise lentement en une crème fine ; les familles du Moyen Atlas le gardent pour l'hiver et les rhumes.",
      "عسل كهرماني قوي النكهة، يتبلور ببطء في قوام كريمي ناعم، وتدخره أسر الأطلس المتوسط للشتاء ونزلات البرد.",
      "Amber and strong, it slowly crystallises into a fine cream; Middle Atlas families keep it for winter and colds.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    variants: jars({ "250 g": 120, "500 g": 220, "1 kg": 420 }),
    tags: ["terroir", "miel", "thym"],
    collections: ["cadeaux-du-terroir"],
  },
  {
    handle: "miel-de-montagne-toutes-fleurs-aguelmous",
    cooperative: "amalou-aguelmous",
    title: tr("Miel de montagne toutes fleurs", "عسل جبلي متعدد الأزهار", "Mountain wildflower honey"),
    subtitle: tr("Miel cru de printemps", "عسل خام ربيعي", "Raw spring honey"),
    detail: tr(
      "Un miel clair et doux, butiné au printemps dans les prairies d'altitude autour du village.",
      "عسل فاتح وحلو، جنته النحل في الربيع من المروج الجبلية حول القرية.",
      "A pale, mild honey gathered in spring from the high meadows around the village.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    variants: jars({ "250 g": 80, "500 g": 150 }),
    tags: ["terroir", "miel", "toutes-fleurs"],
  },
  {
    handle: "miel-de-caroubier-aguelmous",
    cooperative: "amalou-aguelmous",
    title: tr("Miel de caroubier", "عسل الخروب", "Carob honey"),
    subtitle: tr("Miel cru d'automne, note de caramel", "عسل خام خريفي، بنفحة كراميل", "Raw autumn honey, caramel notes"),
    detail: tr(
      "Issu de la floraison d'automne des caroubiers, il est sombre, peu sucré et légèrement amer, avec une note de caramel.",
      "من إزهار الخروب في الخريف، عسل داكن قليل الحلاوة، فيه مرارة خفيفة ونفحة من الكراميل.",
      "From the autumn flowering of the carob trees, it is dark, not very sweet and slightly bitter, with a hint of caramel.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    variants: jars({ "250 g": 110, "500 g": 200 }),
    tags: ["terroir", "miel", "caroube"],
  },
  {
    handle: "miel-en-rayon-de-montagne-aguelmous",
    cooperative: "amalou-aguelmous",
    title: tr("Miel en rayon de montagne", "عسل جبلي في الشهد", "Mountain honeycomb"),
    subtitle: tr("Rayon entier dans sa boîte, 400 g", "شهد كامل في علبته، 400 غ", "Whole comb in its box, 400 g"),
    detail: tr(
      "Le rayon de cire est découpé tel quel dans le cadre de la ruche : on le mange à la cuillère, cire comprise.",
      "يقطع الشهد كما هو من إطار الخلية، ويؤكل بالملعقة مع شمعه.",
      "The wax comb is cut straight from the hive frame; eat it with a spoon, wax and all.",
    ),
    materials: ["honey"],
    variants: [["400 g", 190, 600, 10]],
    tags: ["terroir", "miel", "rayon"],
    collections: ["nouveautes"],
  },
  {
    handle: "miel-de-jujubier-sidr-ouaouizeght",
    cooperative: "tamda-ouaouizeght",
    title: tr("Miel de jujubier (sidr)", "عسل السدر", "Jujube (sidr) honey"),
    subtitle: tr("Miel cru, récolte de juin", "عسل خام، جني يونيو", "Raw honey, June harvest"),
    detail: tr(
      "Le jujubier sauvage pousse sur les pentes sèches autour du lac ; son miel, épais et parfumé, est l'un des plus recherchés du pays.",
      "ينمو السدر البري على المنحدرات الجافة حول البحيرة، وعسله الكثيف العطر من أكثر أنواع العسل طلبا في البلاد.",
      "Wild jujube grows on the dry slopes around the lake; its thick, fragrant honey is one of the most sought after in the country.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    variants: jars({ "250 g": 160, "500 g": 300 }),
    tags: ["terroir", "miel", "jujubier"],
    collections: ["cadeaux-du-terroir"],
  },
  {
    handle: "miel-d-euphorbe-daghmous-ouaouizeght",
    cooperative: "tamda-ouaouizeght",
    title: tr("Miel d'euphorbe (daghmous)", "عسل الدغموس", "Euphorbia (daghmous) honey"),
    subtitle: tr("Miel cru, finale poivrée", "عسل خام، بطعم لاذع", "Raw honey, peppery finish"),
    detail: tr(
      "Butiné sur l'euphorbe résinifère, il laisse au fond de la gorge une chaleur poivrée caractéristique ; on le prend pur, à la cuillère.",
      "تجنيه النحل من الدغموس، فيترك في الحلق حرارة لاذعة مميزة، ويؤكل خالصا بالملعقة.",
      "Gathered from resin spurge, it leaves a characteristic peppery warmth at the back of the throat; take it neat, by the spoonful.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    variants: jars({ "250 g": 150, "500 g": 280 }),
    tags: ["terroir", "miel", "euphorbe"],
  },
  {
    handle: "miel-de-romarin-ouaouizeght",
    cooperative: "tamda-ouaouizeght",
    title: tr("Miel de romarin", "عسل إكليل الجبل", "Rosemary honey"),
    subtitle: tr("Miel cru, blanc et crémeux", "عسل خام، أبيض وكريمي", "Raw honey, white and creamy"),
    detail: tr(
      "Très clair, il cristallise vite en une crème blanche au parfum discret de garrigue.",
      "عسل فاتح جدا، يتبلور بسرعة في قوام كريمي أبيض بعطر خفيف من نباتات الجبل.",
      "Very pale, it quickly crystallises into a white cream with a faint scent of scrubland.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    variants: jars({ "250 g": 90, "500 g": 170 }),
    tags: ["terroir", "miel", "romarin"],
  },
  {
    handle: "miel-de-fleur-d-oranger-du-gharb",
    cooperative: "nahla-sidi-yahya",
    title: tr("Miel de fleur d'oranger du Gharb", "عسل زهر البرتقال من الغرب", "Gharb orange-blossom honey"),
    subtitle: tr("Miel cru de printemps", "عسل خام ربيعي", "Raw spring honey"),
    detail: tr(
      "Les ruches sont posées dans les orangeraies en mars, pendant la floraison, et le miel en garde tout le parfum.",
      "توضع الخلايا في بساتين البرتقال في مارس أثناء الإزهار، فيحتفظ العسل بكل عبيرها.",
      "The hives are set in the orange groves in March, during the blossom, and the honey keeps all its scent.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    variants: jars({ "250 g": 90, "500 g": 170 }),
    tags: ["terroir", "miel", "oranger"],
    collections: ["cadeaux-du-terroir", "nouveautes"],
  },
  {
    handle: "miel-d-eucalyptus-de-la-maamora",
    cooperative: "nahla-sidi-yahya",
    title: tr("Miel d'eucalyptus de la Maâmora", "عسل الكاليبتوس من المعمورة", "Maamora eucalyptus honey"),
    subtitle: tr("Miel cru d'été", "عسل خام صيفي", "Raw summer honey"),
    detail: tr(
      "Butiné dans les plantations d'eucalyptus de la forêt de la Maâmora, il a un goût marqué, légèrement mentholé.",
      "تجنيه النحل من مغارس الكاليبتوس في غابة المعمورة، وله طعم قوي فيه نفحة من النعناع.",
      "Gathered in the eucalyptus plantations of the Maamora forest, it has a marked, slightly minty taste.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    variants: jars({ "250 g": 70, "500 g": 130, "1 kg": 250 }),
    tags: ["terroir", "miel", "eucalyptus"],
  },
  {
    handle: "coffret-trois-miels-du-gharb",
    cooperative: "nahla-sidi-yahya",
    title: tr("Coffret trois miels du Gharb", "علبة ثلاثة أنواع من عسل الغرب", "Gharb three-honey gift box"),
    subtitle: tr("Oranger, eucalyptus et toutes fleurs", "زهر البرتقال والكاليبتوس ومتعدد الأزهار", "Orange blossom, eucalyptus and wildflower"),
    detail: tr(
      "Trois petits pots pour comparer les miels de la saison, dans une boîte en carton recyclé.",
      "ثلاث علب صغيرة لمقارنة أنواع عسل الموسم، في علبة من الورق المقوى المعاد تدويره.",
      "Three small jars to compare the season's honeys, in a recycled cardboard box.",
    ),
    technique: "raw-extracted",
    materials: ["honey"],
    option: tr("Contenu", "المحتوى", "Contents"),
    variants: [["3 × 125 g", 150, 800, 15]],
    tags: ["terroir", "miel", "coffret", "cadeau"],
    collections: ["cadeaux-du-terroir"],
  },
]

/** Raw honeys from the Middle Atlas, the Bin El Ouidane lake and the Gharb. */
export const honeyGoods: SeedProduct[] = buildGoods(honey, rows)
