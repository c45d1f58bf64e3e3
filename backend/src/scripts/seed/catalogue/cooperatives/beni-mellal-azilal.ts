import { profile } from "./profile"

/** The rest of the Béni Mellal-Khénifra region: Tadla rug weavers and Azilal beekeepers. */
export const beniMellalAzilalCooperatives = [
  profile({
    handle: "nour-tagzirt",
    name: "Coopérative Nour Tagzirt",
    called: { fr: "coopérative Nour Tagzirt", ar: "تعاونية نور تاكزيرت", en: "Nour Tagzirt cooperative" },
    province: "Béni Mellal",
    place: { fr: "Tagzirt", ar: "تاكزيرت", en: "Tagzirt" },
    foundedYear: 2012,
    members: 24,
    womenMembers: 24,
    womenLed: true,
    rural: true,
    story: {
      fr: "Au pied de l'Atlas, au-dessus des oliveraies du Tadla, les tisserandes de Nour Tagzirt osent les roses, les violets et les orangés qui font la réputation des tapis de Béni Mellal.",
      ar: "عند سفح الأطلس، فوق زياتين تادلة، تجرؤ نساجات نور تاكزيرت على الوردي والبنفسجي والبرتقالي، وهي الألوان التي صنعت شهرة زرابي بني ملال.",
      en: "At the foot of the Atlas, above the olive groves of the Tadla, the Nour Tagzirt weavers dare the pinks, purples and oranges that Beni Mellal rugs are known for.",
    },
  }),
  profile({
    handle: "asif-foum-el-anceur",
    name: "Coopérative Asif",
    called: { fr: "coopérative Asif", ar: "تعاونية أسيف", en: "Asif cooperative" },
    province: "Béni Mellal",
    place: { fr: "Foum El Anceur", ar: "فم العنصر", en: "Foum El Anceur" },
    foundedYear: 2015,
    members: 19,
    womenMembers: 19,
    womenLed: true,
    rural: true,
    story: {
      fr: "Asif, « la rivière », tisse dans un village de sources et de cascades ; ses dix-neuf tisserandes ont choisi de vendre en ligne pour ne plus dépendre des bazars de Béni Mellal.",
      ar: "تنسج تعاونية أسيف، أي النهر، في قرية العيون والشلالات؛ وقد اختارت نساجاتها التسع عشرة البيع عبر الإنترنت حتى لا يبقين رهينات لبازارات بني ملال.",
      en: "Asif, “the river”, weaves in a village of springs and waterfalls; its nineteen weavers chose to sell online so as not to depend on the bazaars of Beni Mellal.",
    },
  }),
  profile({
    handle: "tamda-ouaouizeght",
    name: "Coopérative Tamda",
    called: { fr: "coopérative Tamda", ar: "تعاونية تامدا", en: "Tamda cooperative" },
    province: "Azilal",
    place: { fr: "Ouaouizeght", ar: "واويزغت", en: "Ouaouizeght" },
    foundedYear: 2010,
    members: 33,
    womenMembers: 12,
    womenLed: false,
    rural: true,
    story: {
      fr: "Autour du lac de Bin El Ouidane, les apiculteurs de Tamda récoltent les miels de jujubier, d'euphorbe et de romarin qui font la renommée de la région de Tadla-Azilal.",
      ar: "حول بحيرة بين الويدان، يجني نحالو تعاونية تامدا عسل السدر والدغموس وإكليل الجبل الذي اشتهرت به منطقة تادلة أزيلال.",
      en: "Around the Bin El Ouidane lake, Tamda's beekeepers harvest the jujube, euphorbia and rosemary honeys that the Tadla-Azilal area is famous for.",
    },
  }),
]
