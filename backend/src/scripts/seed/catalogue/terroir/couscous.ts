import { buildGoods, type GoodsFamily, type GoodsRow, type VariantRow } from "../goods/build"
import { tr } from "../text"
import type { SeedProduct } from "../types"

const couscous: GoodsFamily = {
  category: "couscous",
  skuCode: "CSC",
  option: tr("Poids", "الوزن", "Weight"),
  stock: 40,
  namesColours: false,
  maker: ({ called, place, area }) =>
    tr(
      `Un produit des femmes de la ${called.fr}, à ${place.fr} (${area.fr}), qui roulent la semoule à la main, la cuisent à la vapeur et la sèchent au soleil.`,
      `من إنتاج نساء ${called.ar} في ${place.ar} (${area.ar})، اللواتي يفتلن السميد باليد ويفورنه ثم يجففنه تحت الشمس.`,
      `Made by the women of the ${called.en} in ${place.en} (${area.en}), who roll the semolina by hand, steam it and dry it in the sun.`,
    ),
}

/** Cotton bags of 1 and 2 kg; the shipping weight adds the bag. */
function bags(oneKg: number, twoKg?: number): VariantRow[] {
  return twoKg === undefined ? [["1 kg", oneKg, 1050]] : [["1 kg", oneKg, 1050], ["2 kg", twoKg, 2080]]
}

const rows: GoodsRow[] = [
  {
    handle: "couscous-fin-de-ble-dur-sidi-kacem",
    cooperative: "al-khayr-sidi-kacem",
    title: tr("Couscous fin de blé dur", "كسكس رقيق من القمح الصلب", "Fine durum wheat couscous"),
    subtitle: tr("Roulé main, grain fin", "مفتول يدويا، حبة رقيقة", "Hand-rolled, fine grain"),
    detail: tr(
      "Le grain fin du couscous des grandes occasions, qui gonfle léger après trois passages à la vapeur.",
      "الحبة الرقيقة لكسكس المناسبات الكبرى، تنتفخ خفيفة بعد ثلاث مرات في الكسكاس.",
      "The fine grain of couscous for big occasions, which swells light after three steamings.",
    ),
    technique: "hand-rolled",
    materials: ["durum-wheat"],
    variants: [...bags(65, 120), ["5 kg", 290, 5150, 12]],
    tags: ["terroir", "couscous", "ble"],
  },
  {
    handle: "couscous-moyen-de-ble-dur-sidi-kacem",
    cooperative: "al-khayr-sidi-kacem",
    title: tr("Couscous moyen de blé dur", "كسكس متوسط من القمح الصلب", "Medium durum wheat couscous"),
    subtitle: tr("Roulé main, grain moyen", "مفتول يدويا، حبة متوسطة", "Hand-rolled, medium grain"),
    detail: tr(
      "Un grain moyen, plus rustique, pour le couscous aux sept légumes du vendredi.",
      "حبة متوسطة، أكثر بساطة، لكسكس الخضر السبع يوم الجمعة.",
      "A medium, more rustic grain for the Friday seven-vegetable couscous.",
    ),
    technique: "hand-rolled",
    materials: ["durum-wheat"],
    variants: bags(60, 110),
    tags: ["terroir", "couscous", "ble"],
  },
  {
    handle: "couscous-complet-de-ble-dur-sidi-kacem",
    cooperative: "al-khayr-sidi-kacem",
    title: tr("Couscous complet de blé dur", "كسكس كامل من القمح الصلب", "Wholegrain durum wheat couscous"),
    subtitle: tr("Semoule complète moulue à la meule", "سميد كامل مطحون بالرحى", "Stone-ground wholegrain semolina"),
    detail: tr(
      "Roulé à partir de semoule complète moulue à la meule de pierre, il garde le son et un goût de noisette.",
      "يفتل من سميد كامل مطحون بالرحى الحجرية، فيحتفظ بالنخالة وبطعم البندق.",
      "Rolled from stone-ground wholegrain semolina, it keeps the bran and a nutty taste.",
    ),
    technique: "hand-rolled",
    materials: ["durum-wheat"],
    variants: bags(70, 130),
    tags: ["terroir", "couscous", "ble", "complet"],
  },
  {
    handle: "mhamsa-roulee-main-sidi-kacem",
    cooperative: "al-khayr-sidi-kacem",
    title: tr("Mhamsa, gros grains roulés main", "المحمصة، حبات كبيرة مفتولة يدويا", "Mhamsa, hand-rolled pearl pasta"),
    subtitle: tr("Pour les soupes et les tajines", "للحساء والطواجين", "For soups and tagines"),
    detail: tr(
      "Des grains gros comme des plombs, roulés à la main puis séchés, que l'on cuit comme des pâtes dans la soupe ou en tajine.",
      "حبات بحجم الرصاص الصغير، تفتل باليد ثم تجفف، وتطبخ كالعجائن في الحساء أو في الطاجين.",
      "Grains the size of lead shot, rolled by hand and dried, cooked like pasta in soup or in a tagine.",
    ),
    technique: "hand-rolled",
    materials: ["durum-wheat"],
    variants: bags(75),
    tags: ["terroir", "couscous", "mhamsa"],
  },
  {
    handle: "couscous-de-ble-vert-frik-sidi-kacem",
    cooperative: "al-khayr-sidi-kacem",
    title: tr("Couscous de blé vert (frik)", "كسكس الفريك", "Green wheat couscous (frik)"),
    subtitle: tr("Blé vert grillé, goût fumé", "قمح أخضر مشوي، بطعم مدخن", "Roasted green wheat, smoky taste"),
    detail: tr(
      "Le blé récolté encore vert est grillé puis concassé avant d'être roulé : un couscous au goût fumé, très apprécié au printemps.",
      "يحصد القمح وهو ما يزال أخضر، ثم يشوى ويجرش قبل أن يفتل، فيكون كسكسا بطعم مدخن يحظى بإقبال كبير في الربيع.",
      "Wheat harvested still green is roasted and cracked before rolling: a smoky-tasting couscous much loved in spring.",
    ),
    technique: "hand-rolled",
    materials: ["durum-wheat"],
    variants: bags(85),
    tags: ["terroir", "couscous", "ble", "frik"],
    collections: ["nouveautes"],
  },
  {
    handle: "couscous-d-orge-belboula-aguelmous",
    cooperative: "amalou-aguelmous",
    title: tr("Couscous d'orge (belboula)", "كسكس الشعير (بلبولة)", "Barley couscous (belboula)"),
    subtitle: tr("Roulé main, orge de montagne", "مفتول يدويا، شعير الجبل", "Hand-rolled, mountain barley"),
    detail: tr(
      "Le couscous de tous les jours dans les villages du Moyen Atlas, plus nourrissant que celui de blé ; on le sert souvent avec du lben.",
      "كسكس كل يوم في قرى الأطلس المتوسط، أكثر تغذية من كسكس القمح، ويقدم في الغالب مع اللبن.",
      "The everyday couscous of Middle Atlas villages, more filling than wheat couscous; it is often served with buttermilk.",
    ),
    technique: "hand-rolled",
    materials: ["barley"],
    variants: bags(60, 110),
    tags: ["terroir", "couscous", "orge"],
  },
  {
    handle: "couscous-d-orge-au-thym-sauvage-aguelmous",
    cooperative: "amalou-aguelmous",
    title: tr("Couscous d'orge au thym sauvage", "كسكس الشعير بالزعتر البري", "Barley couscous with wild thyme"),
    subtitle: tr("Roulé main avec le thym du Moyen Atlas", "مفتول يدويا بزعتر الأطلس المتوسط", "Hand-rolled with Middle Atlas thyme"),
    detail: tr(
      "Des feuilles de thym sauvage séchées sont mêlées au grain pendant le roulage, pour un couscous parfumé qui se contente d'un filet d'huile d'olive.",
      "تمزج أوراق الزعتر البري المجففة بالحبات أثناء الفتل، فيكون الكسكس عطرا يكفيه قليل من زيت الزيتون.",
      "Dried wild thyme leaves are mixed into the grain during rolling, for a fragrant couscous that needs only a drizzle of olive oil.",
    ),
    technique: "hand-rolled",
    materials: ["barley"],
    variants: bags(75),
    tags: ["terroir", "couscous", "orge", "thym"],
  },
  {
    handle: "couscous-orge-et-ble-aguelmous",
    cooperative: "amalou-aguelmous",
    title: tr("Couscous mélangé orge et blé", "كسكس مخلوط من الشعير والقمح", "Mixed barley and wheat couscous"),
    subtitle: tr("Moitié orge, moitié blé dur", "نصفه شعير ونصفه قمح صلب", "Half barley, half durum wheat"),
    detail: tr(
      "Le compromis des cuisinières de la montagne entre la légèreté du blé et le goût de l'orge.",
      "حل وسط تعتمده طباخات الجبل بين خفة القمح ونكهة الشعير.",
      "The mountain cooks' compromise between the lightness of wheat and the taste of barley.",
    ),
    technique: "hand-rolled",
    materials: ["barley", "durum-wheat"],
    variants: bags(65, 120),
    tags: ["terroir", "couscous", "orge", "ble"],
  },
]

/** Hand-rolled couscous from the Gharb wheat plains and Middle Atlas barley. */
export const couscousGoods: SeedProduct[] = buildGoods(couscous, rows)
