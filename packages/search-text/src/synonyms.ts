/**
 * The shop's synonym list: every word of a group finds what any other word of the group names.
 * Customers write in French, Arabic, English and Darija in Latin letters, often as they say it
 * ("zarbia", "zerbiya"); cooperatives describe in French and Arabic. One group per line; words
 * may be written with accents or Arabic vowels, they are normalised before use. Several words
 * ("flat weave") match only as a phrase.
 *
 * Both providers read this file: PostgreSQL through document expansion (`expandSynonyms`),
 * Meilisearch through its `synonyms` setting as well.
 */
export const synonymList: readonly (readonly string[])[] = [
  // Carpets and their families
  ["tapis", "زربية", "زرابي", "zarbia", "zarbiya", "zerbia", "zerbiya", "zarbiyya", "rug", "carpet"],
  ["hanbel", "hanbal", "حنبل", "kilim", "flat weave", "flatweave", "tissage plat"],
  ["boucherouite", "boucharouite", "bucherouite", "بوشرويط", "rag rug"],
  ["zayane", "zaiane", "zayan", "زيان", "زياني", "زيانية"],
  ["rbati", "rabati", "رباطي", "رباطية", "tapis de rabat"],
  ["berbere", "amazigh", "amazighe", "imazighen", "tamazight", "أمازيغي", "امازيغ", "berber"],
  ["noue main", "hand knotted", "handknotted", "معقود يدويا"],
  ["tisse main", "handwoven", "hand woven", "منسوج يدويا"],
  ["coussin", "وسادة", "مخدة", "mkhadda", "cushion", "pillow"],
  // Not "throw": pottery is thrown on the wheel.
  ["couverture", "بطانية", "handira", "blanket", "wool throw"],
  ["pouf", "بوف", "pouffe"],
  ["natte", "حصير", "mat"],
  ["babouches", "belgha", "بلغة", "شربيل", "slippers"],
  // Materials
  ["laine", "صوف", "souf", "suf", "wool", "woollen", "woolen"],
  ["coton", "قطن", "qotn", "cotton"],
  ["soie vegetale", "sabra", "صبرة", "cactus silk"],
  ["cuir", "جلد", "jeld", "leather"],
  ["argile", "طين", "clay"],
  ["palmier nain", "doum", "دوم", "dwarf palm"],
  // Dyes and colours
  ["naturel", "naturelle", "طبيعي", "tbi3i", "natural"],
  ["teinture", "صباغة", "صبغ", "dye"],
  ["rouge", "أحمر", "hmar", "hmer", "red"],
  ["bleu", "أزرق", "zraq", "zreq", "blue"],
  ["jaune", "أصفر", "sfar", "yellow"],
  ["vert", "أخضر", "khdar", "green"],
  ["noir", "أسود", "k7al", "khal", "black"],
  ["blanc", "أبيض", "byed", "white"],
  ["indigo", "نيلة", "nila"],
  ["henne", "حناء", "henna"],
  ["garance", "فوة", "foua", "madder"],
  // Crafts and terroir
  ["poterie", "فخار", "pottery", "ceramique", "ceramic"],
  ["vannerie", "panier", "سلة", "سلال", "basketry", "basket"],
  // Not أركان alone: it also means "corners" (أربعة أركان).
  ["huile d argan", "argan", "زيت أركان", "argan oil"],
  ["tajine", "tagine", "طاجين"],
  ["miel", "عسل", "3sel", "honey"],
  ["safran", "زعفران", "zaafran", "saffron"],
  ["couscous", "كسكس", "seksu", "kesksou"],
  // Places
  ["khenifra", "خنيفرة", "khnifra"],
  ["mrirt", "m rirt", "مريرت"],
  ["maroc", "المغرب", "lmaghrib", "morocco", "moroccan", "marocain"],
]
