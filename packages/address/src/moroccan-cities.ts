/** A Moroccan city or town the couriers deliver to, with its province or prefecture. */
export type MoroccanCity = { name: string; ar: string; province: string }

/**
 * Cities and towns of Morocco, by the French spelling the postal service and couriers use, with
 * the Arabic name. Every provincial capital is here, with the region's larger towns and the
 * Khénifra weaving towns the shop's carpets come from. A town missing from the list cannot be
 * chosen at checkout: adding one is one line here.
 */
export const moroccanCities: readonly MoroccanCity[] = [
  { name: "Agadir", ar: "أكادير", province: "Agadir-Ida-Ou-Tanane" },
  { name: "Aghbalou", ar: "أغبالو", province: "Khénifra" },
  { name: "Aïn Harrouda", ar: "عين حرودة", province: "Mohammédia" },
  { name: "Ait Melloul", ar: "آيت ملول", province: "Inezgane-Aït Melloul" },
  { name: "Al Hoceïma", ar: "الحسيمة", province: "Al Hoceïma" },
  { name: "Assilah", ar: "أصيلة", province: "Tanger-Assilah" },
  { name: "Azemmour", ar: "أزمور", province: "El Jadida" },
  { name: "Azilal", ar: "أزيلال", province: "Azilal" },
  { name: "Azrou", ar: "أزرو", province: "Ifrane" },
  { name: "Ben Guerir", ar: "ابن جرير", province: "Rehamna" },
  { name: "Benslimane", ar: "بنسليمان", province: "Benslimane" },
  { name: "Berkane", ar: "بركان", province: "Berkane" },
  { name: "Berrechid", ar: "برشيد", province: "Berrechid" },
  { name: "Béni Mellal", ar: "بني ملال", province: "Béni Mellal" },
  { name: "Boujdour", ar: "بوجدور", province: "Boujdour" },
  { name: "Boulemane", ar: "بولمان", province: "Boulemane" },
  { name: "Bouznika", ar: "بوزنيقة", province: "Benslimane" },
  { name: "Casablanca", ar: "الدار البيضاء", province: "Casablanca" },
  { name: "Chefchaouen", ar: "شفشاون", province: "Chefchaouen" },
  { name: "Chichaoua", ar: "شيشاوة", province: "Chichaoua" },
  { name: "Dakhla", ar: "الداخلة", province: "Oued Ed-Dahab" },
  { name: "Driouch", ar: "الدريوش", province: "Driouch" },
  { name: "El Hajeb", ar: "الحاجب", province: "El Hajeb" },
  { name: "El Jadida", ar: "الجديدة", province: "El Jadida" },
  { name: "El Kelâa des Sraghna", ar: "قلعة السراغنة", province: "El Kelâa des Sraghna" },
  { name: "Errachidia", ar: "الرشيدية", province: "Errachidia" },
  { name: "Essaouira", ar: "الصويرة", province: "Essaouira" },
  { name: "Fès", ar: "فاس", province: "Fès" },
  { name: "Figuig", ar: "فجيج", province: "Figuig" },
  { name: "Fquih Ben Salah", ar: "الفقيه بن صالح", province: "Fquih Ben Salah" },
  { name: "Guelmim", ar: "كلميم", province: "Guelmim" },
  { name: "Guercif", ar: "جرسيف", province: "Guercif" },
  { name: "Ifrane", ar: "إفران", province: "Ifrane" },
  { name: "Inezgane", ar: "إنزكان", province: "Inezgane-Aït Melloul" },
  { name: "Jerada", ar: "جرادة", province: "Jerada" },
  { name: "Kaf En-Nsour", ar: "كاف النسور", province: "Khénifra" },
  { name: "Kasba Tadla", ar: "قصبة تادلة", province: "Béni Mellal" },
  { name: "Kénitra", ar: "القنيطرة", province: "Kénitra" },
  { name: "Khémisset", ar: "الخميسات", province: "Khémisset" },
  { name: "Khénifra", ar: "خنيفرة", province: "Khénifra" },
  { name: "Khouribga", ar: "خريبكة", province: "Khouribga" },
  { name: "Ksar El Kébir", ar: "القصر الكبير", province: "Larache" },
  { name: "Laâyoune", ar: "العيون", province: "Laâyoune" },
  { name: "Larache", ar: "العرائش", province: "Larache" },
  { name: "M'diq", ar: "المضيق", province: "M'diq-Fnideq" },
  { name: "M'rirt", ar: "مريرت", province: "Khénifra" },
  { name: "Marrakech", ar: "مراكش", province: "Marrakech" },
  { name: "Martil", ar: "مرتيل", province: "Tétouan" },
  { name: "Meknès", ar: "مكناس", province: "Meknès" },
  { name: "Midelt", ar: "ميدلت", province: "Midelt" },
  { name: "Mohammédia", ar: "المحمدية", province: "Mohammédia" },
  { name: "Moulay Bouazza", ar: "مولاي بوعزة", province: "Khénifra" },
  { name: "Nador", ar: "الناظور", province: "Nador" },
  { name: "Ouarzazate", ar: "ورزازات", province: "Ouarzazate" },
  { name: "Ouezzane", ar: "وزان", province: "Ouezzane" },
  { name: "Oujda", ar: "وجدة", province: "Oujda-Angad" },
  { name: "Rabat", ar: "الرباط", province: "Rabat" },
  { name: "Safi", ar: "آسفي", province: "Safi" },
  { name: "Salé", ar: "سلا", province: "Salé" },
  { name: "Sefrou", ar: "صفرو", province: "Sefrou" },
  { name: "Settat", ar: "سطات", province: "Settat" },
  { name: "Sidi Bennour", ar: "سيدي بنور", province: "Sidi Bennour" },
  { name: "Sidi Ifni", ar: "سيدي إفني", province: "Sidi Ifni" },
  { name: "Sidi Kacem", ar: "سيدي قاسم", province: "Sidi Kacem" },
  { name: "Sidi Slimane", ar: "سيدي سليمان", province: "Sidi Slimane" },
  { name: "Sidi Yahya El Gharb", ar: "سيدي يحيى الغرب", province: "Sidi Slimane" },
  { name: "Skhirat", ar: "الصخيرات", province: "Skhirat-Témara" },
  { name: "Souk El Arbaa", ar: "سوق الأربعاء", province: "Kénitra" },
  { name: "Tan-Tan", ar: "طانطان", province: "Tan-Tan" },
  { name: "Tanger", ar: "طنجة", province: "Tanger-Assilah" },
  { name: "Taounate", ar: "تاونات", province: "Taounate" },
  { name: "Taourirt", ar: "تاوريرت", province: "Taourirt" },
  { name: "Tarfaya", ar: "طرفاية", province: "Tarfaya" },
  { name: "Taroudant", ar: "تارودانت", province: "Taroudant" },
  { name: "Tata", ar: "طاطا", province: "Tata" },
  { name: "Taza", ar: "تازة", province: "Taza" },
  { name: "Tétouan", ar: "تطوان", province: "Tétouan" },
  { name: "Tighassaline", ar: "تيغسالين", province: "Khénifra" },
  { name: "Tiflet", ar: "تيفلت", province: "Khémisset" },
  { name: "Tinghir", ar: "تنغير", province: "Tinghir" },
  { name: "Tiznit", ar: "تيزنيت", province: "Tiznit" },
  { name: "Témara", ar: "تمارة", province: "Skhirat-Témara" },
  { name: "Youssoufia", ar: "اليوسفية", province: "Youssoufia" },
  { name: "Zagora", ar: "زاكورة", province: "Zagora" },
]

/** Lower case, without accents, Arabic vowel marks, hamza seats, spaces, dashes or apostrophes. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "")
    .replace(/[أإآ]/g, "ا")
    .toLowerCase()
    .replace(/[\s'’‘`.-]+/g, "")
}

const byFoldedName = new Map(moroccanCities.flatMap((city) => [[fold(city.name), city] as const, [fold(city.ar), city] as const]))

/**
 * The city a customer typed or chose, by its French or Arabic name, whatever the case, accents,
 * spaces or apostrophes ("fes", "Fès", "فاس", "mrirt" for "M'rirt"); `undefined` when it is not
 * in the list.
 */
export function findMoroccanCity(text: string): MoroccanCity | undefined {
  return byFoldedName.get(fold(text))
}
