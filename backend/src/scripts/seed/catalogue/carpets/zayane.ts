import type { SeedProduct } from "../types"
import { buildCarpets, knottedClosing, type CarpetFamily, type CarpetRow } from "./family"

type ZayaneMotif = "losanges" | "chevrons" | "fibule" | "treillis" | "crochets"

const zayane: CarpetFamily<ZayaneMotif> = {
  category: "tapis-zayane",
  skuCode: "ZAY",
  technique: "hand-knotted-pile",
  materials: ["wool"],
  tags: ["tapis", "zayane", "noue-main", "laine", "moyen-atlas"],
  noun: { fr: "Tapis zayane", ar: "زربية زيانية", en: "Zayane rug" },
  kind: { fr: "Tapis zayane noué main", ar: "زربية زيانية معقودة يدويا", en: "Hand-knotted Zayane rug" },
  intro: ({ called, place, area }) => ({
    fr: `Ce tapis a été noué à la main par les tisserandes de la ${called.fr}, à ${place.fr}, au cœur du pays zayane (${area.fr}).`,
    ar: `عقدت هذه الزربية يدويا نساجات ${called.ar} في ${place.ar}، في قلب بلاد زيان (${area.ar}).`,
    en: `This rug was hand-knotted by the weavers of the ${called.en} in ${place.en}, in the heart of Zayane country (${area.en}).`,
  }),
  fibre: {
    fr: "Laine des moutons du Moyen Atlas, cardée et filée à la main",
    ar: "صوف أغنام الأطلس المتوسط، مندوف ومغزول يدويا",
    en: "Wool from Middle Atlas sheep, hand-carded and hand-spun",
  },
  closing: knottedClosing,
  motifs: {
    losanges: {
      tag: "losanges",
      sentence: {
        fr: "Une colonne de grands losanges emboîtés, cernés de lignes claires, descend le long du champ : les tisserandes les appellent « les yeux » et disent qu'ils gardent la maison.",
        ar: "تنزل على طول الأرضية سلسلة من المعينات الكبيرة المتداخلة، محاطة بخطوط فاتحة، تسميها النساجات «العيون» ويقلن إنها تحرس البيت.",
        en: "A column of large nested lozenges edged with light lines runs down the field; the weavers call them “eyes” and say they guard the house.",
      },
    },
    chevrons: {
      tag: "chevrons",
      sentence: {
        fr: "Des bandes de chevrons en zigzag traversent le champ, comme les sentiers qui serpentent dans les montagnes autour du village.",
        ar: "تعبر الأرضية أشرطة من الخطوط المتعرجة، كأنها المسالك التي تلتوي في الجبال المحيطة بالقرية.",
        en: "Bands of zigzag chevrons cross the field like the paths that wind through the mountains around the village.",
      },
    },
    fibule: {
      tag: "fibule",
      sentence: {
        fr: "Le décor reprend la fibule (tizerzaï), le bijou d'argent qui ferme le drapé des femmes du Moyen Atlas, répétée en quinconce sur tout le champ.",
        ar: "تستعيد الزخرفة شكل الخلالة (تيزرزاي)، الحلية الفضية التي تشد لباس نساء الأطلس المتوسط، مكررة بالتناوب على الأرضية كلها.",
        en: "The design repeats the fibula (tizerzai), the silver brooch that fastens Middle Atlas women's drapes, staggered across the whole field.",
      },
    },
    treillis: {
      tag: "treillis",
      sentence: {
        fr: "Un treillis serré de petits losanges couvre le champ, chaque case marquée d'un point de couleur, comme des champs labourés vus depuis le col.",
        ar: "تغطي الأرضية شبكة كثيفة من المعينات الصغيرة، في كل خانة منها نقطة ملونة، كحقول محروثة ترى من أعلى الممر الجبلي.",
        en: "A tight lattice of small lozenges covers the field, each cell marked with a dot of colour, like ploughed fields seen from the pass.",
      },
    },
    crochets: {
      tag: "crochets",
      sentence: {
        fr: "Trois grands losanges à crochets occupent le centre, entourés de petites grenouilles et d'étoiles semées librement, signes de fécondité et de chance.",
        ar: "تحتل الوسط ثلاثة معينات كبيرة ذات كلاليب، تحيط بها ضفادع ونجوم صغيرة منثورة بحرية، وهي رموز للخصب والحظ.",
        en: "Three large hooked lozenges hold the centre, surrounded by small frogs and stars scattered freely, signs of fertility and luck.",
      },
    },
  },
  knotsPerM2: { standard: 50_000, fine: 70_000 },
  pricing: { baseMad: 400, madPerM2: 2_000, fineFactor: 1.2 },
  gramsPerM2: 3_000,
}

const rows: CarpetRow<ZayaneMotif>[] = [
  ["tifawin-aghbalou", "tiziri", 155, 240, "losanges", ["madder", "undyed-ivory", "undyed-black", "saffron"]],
  ["tifawin-aghbalou", "anzar", 200, 300, "fibule", ["madder", "henna", "undyed-ivory", "indigo"], { fine: true }],
  ["tifawin-aghbalou", "tafsut", 120, 180, "chevrons", ["henna", "madder", "undyed-ivory"]],
  ["tifawin-aghbalou", "aguelmam", 250, 350, "crochets", ["madder", "indigo", "undyed-ivory", "saffron", "undyed-black"], { fine: true, isNew: true }],
  ["tifawin-aghbalou", "azigza", 180, 280, "treillis", ["madder", "indigo", "undyed-ivory"]],
  ["ithri-kaf-en-nsour", "itri", 140, 200, "losanges", ["henna", "undyed-ivory", "undyed-black"]],
  ["ithri-kaf-en-nsour", "tilelli", 170, 260, "treillis", ["madder", "saffron", "undyed-ivory"]],
  ["ithri-kaf-en-nsour", "adrar", 80, 300, "chevrons", ["madder", "undyed-brown", "undyed-ivory"]],
  ["ithri-kaf-en-nsour", "tislit", 100, 150, "fibule", ["cochineal", "henna", "undyed-ivory"]],
  ["tagmat-mrirt", "almou", 200, 300, "treillis", ["madder", "undyed-ivory", "indigo-pomegranate"]],
  ["tagmat-mrirt", "agdal", 155, 240, "crochets", ["synthetic-red", "synthetic-orange", "undyed-ivory", "undyed-black"]],
  ["tagmat-mrirt", "tizi", 120, 180, "losanges", ["henna", "walnut", "undyed-ivory"]],
  ["azetta-moulay-bouazza", "ayour", 170, 250, "losanges", ["madder", "henna", "undyed-ivory", "undyed-black"], { fine: true }],
  ["azetta-moulay-bouazza", "tamazirt", 140, 210, "fibule", ["madder", "indigo", "undyed-ivory"]],
  ["azetta-moulay-bouazza", "ajjig", 90, 150, "treillis", ["henna", "saffron", "undyed-ivory"]],
  ["azetta-moulay-bouazza", "tighremt", 250, 330, "crochets", ["madder", "undyed-black", "undyed-ivory", "saffron"], { fine: true }],
  ["tamount-tighassaline", "tudert", 150, 230, "chevrons", ["synthetic-orange", "synthetic-red", "undyed-ivory"], { isNew: true }],
  ["tamount-tighassaline", "imi", 100, 160, "losanges", ["madder", "undyed-ivory", "undyed-grey"]],
]

/** Pile rugs of the Zayane tribes, knotted in the villages of Khénifra province. */
export const zayaneRugs: SeedProduct[] = buildCarpets(zayane, rows)
