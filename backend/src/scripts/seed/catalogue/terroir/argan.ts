import { buildGoods, type GoodsFamily, type GoodsRow } from "../goods/build"
import { tr } from "../text"
import type { SeedProduct } from "../types"

const argan: GoodsFamily = {
  category: "argan",
  skuCode: "ARG",
  option: tr("Contenance", "السعة", "Volume"),
  stock: 30,
  namesColours: false,
  maker: ({ called, place, area }) =>
    tr(
      `Un produit des femmes de la ${called.fr}, à ${place.fr} (${area.fr}), qui concassent à la main les noix de l'arganeraie.`,
      `من إنتاج نساء ${called.ar} في ${place.ar} (${area.ar})، اللواتي يكسرن ثمار الأركان باليد.`,
      `Made by the women of the ${called.en} in ${place.en} (${area.en}), who crack the argan nuts by hand.`,
    ),
}

const WEIGHT = tr("Poids", "الوزن", "Weight")
const CONTENTS = tr("Contenu", "المحتوى", "Contents")

const rows: GoodsRow[] = [
  {
    handle: "huile-d-argan-alimentaire-torrefiee-ait-baha",
    cooperative: "tafoukt-ait-baha",
    title: tr("Huile d'argan alimentaire torréfiée, Aït Baha", "زيت أركان غذائي محمص، آيت باها", "Roasted culinary argan oil, Aït Baha"),
    subtitle: tr("Première pression à froid, bouteille en verre", "عصرة أولى على البارد، قنينة زجاجية", "First cold pressing, glass bottle"),
    detail: tr(
      "Les amandons sont légèrement torréfiés avant la pression, ce qui donne à l'huile son goût de noisette ; elle se verse crue sur le pain, les salades ou le couscous.",
      "يحمص لوز الأركان قليلا قبل العصر، فيكتسب الزيت طعم البندق، ويستعمل نيئا على الخبز والسلطات والكسكس.",
      "The kernels are lightly roasted before pressing, which gives the oil its hazelnut taste; pour it raw over bread, salads or couscous.",
    ),
    technique: "cold-pressed",
    materials: ["argan-kernel"],
    variants: [
      ["250 ml", 160, 520],
      ["500 ml", 300, 950],
    ],
    tags: ["terroir", "argan", "huile", "alimentaire"],
    collections: ["cadeaux-du-terroir"],
  },
  {
    handle: "huile-d-argan-cosmetique-ait-baha",
    cooperative: "tafoukt-ait-baha",
    title: tr("Huile d'argan cosmétique, Aït Baha", "زيت أركان تجميلي، آيت باها", "Cosmetic argan oil, Aït Baha"),
    subtitle: tr("Non torréfiée, pure, flacon ambré", "غير محمص، خالص، قنينة عنبرية", "Unroasted, pure, amber bottle"),
    detail: tr(
      "Pressée à partir d'amandons crus, cette huile sans odeur nourrit la peau, les cheveux et les ongles ; quelques gouttes suffisent.",
      "يعصر هذا الزيت عديم الرائحة من لوز نيء، ويغذي البشرة والشعر والأظافر، وتكفي منه بضع قطرات.",
      "Pressed from raw kernels, this odourless oil nourishes skin, hair and nails; a few drops are enough.",
    ),
    technique: "cold-pressed",
    materials: ["argan-kernel"],
    variants: [
      ["50 ml", 110, 180],
      ["100 ml", 190, 300],
    ],
    tags: ["terroir", "argan", "huile", "cosmetique"],
    collections: ["cadeaux-du-terroir"],
  },
  {
    handle: "amlou-traditionnel-aux-amandes-ait-baha",
    cooperative: "tafoukt-ait-baha",
    title: tr("Amlou traditionnel aux amandes", "أملو تقليدي باللوز", "Traditional almond amlou"),
    subtitle: tr("Argan, amandes grillées et miel", "أركان ولوز محمص وعسل", "Argan, roasted almonds and honey"),
    detail: tr(
      "Les amandes grillées sont broyées à la meule de pierre, puis mêlées d'huile d'argan et de miel. On le tartine au petit-déjeuner sur le pain chaud.",
      "يطحن اللوز المحمص بالرحى الحجرية، ثم يمزج بزيت الأركان والعسل. ويدهن على الخبز الساخن في الفطور.",
      "Roasted almonds are ground on a stone mill, then mixed with argan oil and honey. Spread it on warm bread at breakfast.",
    ),
    materials: ["argan-kernel", "almond", "honey"],
    option: WEIGHT,
    variants: [
      ["250 g", 95, 420],
      ["500 g", 170, 760],
    ],
    tags: ["terroir", "argan", "amlou"],
  },
  {
    handle: "huile-d-argan-cosmetique-compte-gouttes-ait-baha",
    cooperative: "tafoukt-ait-baha",
    title: tr("Huile d'argan cosmétique, flacon compte-gouttes", "زيت أركان تجميلي، قنينة بقطارة", "Cosmetic argan oil, dropper bottle"),
    subtitle: tr("Format voyage de 30 ml, non torréfiée", "حجم السفر 30 مل، غير محمص", "30 ml travel size, unroasted"),
    detail: tr(
      "Le même pressage à froid que notre grand flacon, dans une fiole de verre ambré à pipette qui tient dans une trousse de toilette.",
      "العصر على البارد نفسه الذي نعتمده للقنينة الكبيرة، في قارورة زجاجية عنبرية بقطارة تتسع لها حقيبة الزينة.",
      "The same cold pressing as our large bottle, in an amber glass vial with a dropper that fits in a wash bag.",
    ),
    technique: "cold-pressed",
    materials: ["argan-kernel"],
    variants: [["30 ml", 80, 90, 40]],
    tags: ["terroir", "argan", "huile", "cosmetique"],
  },
  {
    handle: "coffret-decouverte-de-l-arganeraie-ait-baha",
    cooperative: "tafoukt-ait-baha",
    title: tr("Coffret découverte de l'arganeraie", "علبة اكتشاف غابة الأركان", "Argan forest discovery box"),
    subtitle: tr("Huile alimentaire, huile cosmétique et amlou", "زيت غذائي وزيت تجميلي وأملو", "Culinary oil, cosmetic oil and amlou"),
    detail: tr(
      "Une boîte en carton recyclé réunit 100 ml d'huile alimentaire, 50 ml d'huile cosmétique et un pot d'amlou de 250 g : de quoi faire goûter l'arganeraie à ceux qui ne la connaissent pas.",
      "تضم علبة من الورق المقوى المعاد تدويره 100 مل من الزيت الغذائي و50 مل من الزيت التجميلي وعلبة أملو من 250 غ، لتذوق غابة الأركان لمن لا يعرفها.",
      "A recycled cardboard box holds 100 ml of culinary oil, 50 ml of cosmetic oil and a 250 g jar of amlou: a taste of the argan forest for those who don't know it.",
    ),
    materials: ["argan-kernel", "almond", "honey"],
    option: CONTENTS,
    variants: [["100 ml + 50 ml + 250 g", 360, 1100, 15]],
    tags: ["terroir", "argan", "coffret", "cadeau"],
    collections: ["cadeaux-du-terroir", "nouveautes"],
  },
  {
    handle: "huile-d-argan-alimentaire-tamanar",
    cooperative: "afoulki-tamanar",
    title: tr("Huile d'argan alimentaire, Tamanar", "زيت أركان غذائي، تمنار", "Culinary argan oil, Tamanar"),
    subtitle: tr("Torréfaction douce, IGP Argane", "تحميص خفيف، بيان جغرافي محمي «أركان»", "Gently roasted, Argane PGI"),
    detail: tr(
      "Une torréfaction plus douce donne une huile claire au léger goût de noisette, idéale pour arroser un tajine au moment de servir.",
      "يعطي التحميص الخفيف زيتا فاتح اللون بطعم بندق خفيف، مثاليا لتتبيل الطاجين لحظة تقديمه.",
      "A gentler roast gives a pale oil with a light hazelnut taste, ideal for dressing a tagine as it is served.",
    ),
    technique: "cold-pressed",
    materials: ["argan-kernel"],
    variants: [
      ["250 ml", 150, 520],
      ["500 ml", 280, 950],
      ["1 l", 540, 1750, 10],
    ],
    tags: ["terroir", "argan", "huile", "alimentaire"],
  },
  {
    handle: "huile-d-argan-cosmetique-tamanar",
    cooperative: "afoulki-tamanar",
    title: tr("Huile d'argan cosmétique, Tamanar", "زيت أركان تجميلي، تمنار", "Cosmetic argan oil, Tamanar"),
    subtitle: tr("Pure, pressée à froid à partir d'amandons crus", "خالص، معصور على البارد من لوز نيء", "Pure, cold-pressed from raw kernels"),
    detail: tr(
      "Les femmes trient les amandons un à un pour écarter ceux qui sont abîmés : c'est ce tri qui donne une huile limpide et presque sans odeur.",
      "تفرز النساء لوز الأركان حبة حبة لإبعاد التالف منه، وهذا الفرز هو ما يعطي زيتا صافيا يكاد يكون بلا رائحة.",
      "The women sort the kernels one by one to remove damaged ones; that sorting is what makes the oil clear and almost odourless.",
    ),
    technique: "cold-pressed",
    materials: ["argan-kernel"],
    variants: [
      ["50 ml", 110, 180],
      ["100 ml", 190, 300],
    ],
    tags: ["terroir", "argan", "huile", "cosmetique"],
  },
  {
    handle: "amlou-de-tamanar-au-miel-de-thym",
    cooperative: "afoulki-tamanar",
    title: tr("Amlou de Tamanar au miel de thym", "أملو تمنار بعسل الزعتر", "Tamanar amlou with thyme honey"),
    subtitle: tr("Pâte d'amandes, d'argan et de miel", "عجينة من اللوز والأركان والعسل", "Almond, argan and honey spread"),
    detail: tr(
      "Une recette plus sucrée, où le miel de thym de l'arrière-pays d'Essaouira se mêle aux amandes et à l'huile d'argan.",
      "وصفة أحلى، يمتزج فيها عسل الزعتر من نواحي الصويرة باللوز وزيت الأركان.",
      "A sweeter recipe in which thyme honey from the Essaouira hinterland meets almonds and argan oil.",
    ),
    materials: ["argan-kernel", "almond", "honey"],
    option: WEIGHT,
    variants: [["250 g", 100, 420]],
    tags: ["terroir", "argan", "amlou"],
  },
  {
    handle: "duo-d-huiles-d-argan-en-coffret-tamanar",
    cooperative: "afoulki-tamanar",
    title: tr("Duo d'huiles d'argan en coffret", "ثنائي زيت الأركان في علبة هدية", "Argan oil duo gift box"),
    subtitle: tr("Alimentaire 250 ml et cosmétique 100 ml", "غذائي 250 مل وتجميلي 100 مل", "Culinary 250 ml and cosmetic 100 ml"),
    detail: tr(
      "Les deux huiles de la coopérative, l'une pour la cuisine, l'autre pour la peau, présentées dans une boîte en doum tressé.",
      "زيتا التعاونية، أحدهما للطبخ والآخر للبشرة، في علبة من الدوم المضفور.",
      "The cooperative's two oils, one for cooking and one for the skin, presented in a plaited doum box.",
    ),
    technique: "cold-pressed",
    materials: ["argan-kernel", "doum-palm"],
    option: CONTENTS,
    variants: [["250 ml + 100 ml", 340, 1100, 15]],
    tags: ["terroir", "argan", "coffret", "cadeau"],
    collections: ["cadeaux-du-terroir"],
  },
]

/** Argan oil and amlou from Aït Baha (Souss-Massa) and Tamanar (Essaouira). */
export const arganGoods: SeedProduct[] = buildGoods(argan, rows)
