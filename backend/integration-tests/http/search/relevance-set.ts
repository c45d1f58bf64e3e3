/**
 * The search relevance set: queries a customer types, over the seeded catalogue
 * (`backend/src/scripts/seed`), with the products that must come back among the first five.
 *
 * Every case is achievable with the shop's search text rules (`@tiwizi/search-text`): each query
 * word reaches each expected product directly, through accent folding or Arabic normalisation,
 * through a synonym group, or within the typo budget (1 typo for 5–8 letters, 2 from 9). Queries
 * are specific enough that the expected products fit in the top five: either few products match
 * every word at all, or the expected ones match in their own title where the others do not.
 * Words that match too many products alike ("tapis khnifra", "zarbiya", "زربية صوف", "wool rug"
 * each match 32 to 67 carpets equally) appear here with one more word that picks the answer.
 *
 * Only searchable products are expected: the seed suspends the Askaoun saffron cooperative
 * (`seededSuspension`), so its two products are left out of the index.
 *
 * Handles are those the seed creates: carpets are
 * `${category}-${slugify(name)}-${slugify(place)}` (catalogue/carpets/family.ts), other goods
 * carry their handle literally in catalogue/goods and catalogue/terroir.
 */

/** One query of the relevance set and the products that must be in its top 5. */
export type RelevanceCase = {
  query: string
  kind: "exact" | "typo" | "arabic" | "darija" | "english" | "multi-word" | "attribute"
  expect: string[]
  why: string
}

export const relevanceSet: RelevanceCase[] = [
  // Exact words: a title, a name, a cooperative, accents left out
  {
    query: "berbere",
    kind: "exact",
    expect: ["boucherouite-ajjig-sale", "boucherouite-tislit-tighassaline", "boucherouite-tala-tagzirt"],
    why: "the only three products whose description says « signes berbères » / « Berber signs » (the semis motif); folding makes berbères → berberes",
  },
  {
    query: "tajine tamegroute",
    kind: "exact",
    expect: ["tajine-vert-de-tamegroute"],
    why: "title « Tajine vert de Tamegroute »; no other Tamegroute piece is a tajine",
  },
  {
    query: "babouches",
    kind: "exact",
    expect: ["babouches-jaunes-traditionnelles-marrakech", "babouches-brodees-pour-femme-marrakech", "babouches-homme-cuir-naturel-marrakech"],
    why: "the three titles with « Babouches »; only the Fès sacoche also says it, in its description",
  },
  {
    query: "amlou",
    kind: "exact",
    expect: ["amlou-traditionnel-aux-amandes-ait-baha", "amlou-de-tamanar-au-miel-de-thym"],
    why: "titles « Amlou traditionnel aux amandes » and « Amlou de Tamanar… »; two more only mention it in the description",
  },
  {
    query: "tiziri",
    kind: "exact",
    expect: ["tapis-zayane-tiziri-aghbalou", "boucherouite-tiziri-sale"],
    why: "the two rugs named « Tiziri » in their titles (Aghbalou zayane, Salé boucherouite)",
  },
  {
    query: "mhamsa",
    kind: "exact",
    expect: ["mhamsa-roulee-main-sidi-kacem"],
    why: "title « Mhamsa, gros grains roulés main »; the word is nowhere else",
  },
  {
    query: "tellis",
    kind: "exact",
    expect: ["tellis-sac-tisse-a-bandes-tighassaline"],
    why: "title « Tellis, double sac tissé à bandes »; other products only come near it by typo (trellis) or stem",
  },
  {
    query: "coopérative tazemmourt",
    kind: "exact",
    expect: ["hanbel-tamellalt-khemisset", "hanbel-tassaft-khemisset", "hanbel-isli-khemisset"],
    why: "cooperative name « Coopérative Tazemmourt », which makes exactly five hanbels, all of Khémisset",
  },
  {
    query: "handira mariée",
    kind: "exact",
    expect: ["handira-cape-de-mariee-mrirt"],
    why: "title « Handira, cape de mariée à paillettes »; the blankets only reach handira through the couverture synonym group",
  },

  // Typos: one wrong, missing or extra letter in a word of 5+ letters
  {
    query: "tapis khnifra tudert",
    kind: "typo",
    expect: ["tapis-zayane-tudert-tighassaline"],
    why: "khnifra is 1 edit from Khénifra (and in its synonym group): category « Tapis zayane de Khénifra »; title names « Tudert »",
  },
  {
    query: "tapis khnifra cochenille",
    kind: "typo",
    expect: ["tapis-zayane-tislit-kaf-en-nsour"],
    why: "the only Khénifra carpet dyed with cochineal: description « cramoisi de cochenille », provenance dye « Cochenille »",
  },
  {
    query: "boucherouit tayri",
    kind: "typo",
    expect: ["boucherouite-tayri-sale"],
    why: "boucherouit is 1 edit from the title's « Boucherouite »; « Tayri » is its name (the Tayri hanbel is no boucherouite)",
  },
  {
    query: "hanbell tassaft",
    kind: "typo",
    expect: ["hanbel-tassaft-khemisset"],
    why: "hanbell is 1 edit from the title's « Hanbel »; title names « Tassaft »",
  },
  {
    query: "poterrie harira",
    kind: "typo",
    expect: ["bols-a-harira-lot-de-6-sale"],
    why: "poterrie is 1 edit from the category « Poterie »; title « Bols à harira, lot de 6 »",
  },
  {
    query: "babbouches",
    kind: "typo",
    expect: ["babouches-jaunes-traditionnelles-marrakech", "babouches-brodees-pour-femme-marrakech", "babouches-homme-cuir-naturel-marrakech"],
    why: "babbouches is 1 edit from « Babouches » in the three titles (the Fès sacoche's description is the only other match)",
  },
  {
    query: "cruche tamegrout",
    kind: "typo",
    expect: ["cruche-de-tamegroute"],
    why: "tamegrout (9 letters) is 1 edit from the title's « Tamegroute »; title « Cruche de Tamegroute »",
  },
  {
    query: "safran taliouin",
    kind: "typo",
    expect: ["safran-de-taliouine-en-filaments", "safran-de-taliouine-boite-de-10-g"],
    why: "taliouin is 1 edit from « Taliouine » in the titles « Safran de Taliouine… »; four Taddart saffrons match in all",
  },
  {
    query: "eucalyptu",
    kind: "typo",
    expect: ["miel-d-eucalyptus-de-la-maamora"],
    why: "eucalyptu (9 letters) is 1 edit from the title's « eucalyptus »; the Gharb gift box only names it in its subtitle",
  },
  {
    query: "romarain",
    kind: "typo",
    expect: ["miel-de-romarin-ouaouizeght"],
    why: "romarain is 1 edit from the title's « romarin »; no other product has the word",
  },
  {
    query: "caroubie",
    kind: "typo",
    expect: ["miel-de-caroubier-aguelmous"],
    why: "caroubie is 1 edit from the title's « caroubier » (and from its tag « caroube »)",
  },
  {
    query: "tapis zellig",
    kind: "typo",
    expect: ["tapis-rbati-zellij-rabat"],
    why: "zellig is 1 edit from the title's « Zellij », the only such word in the catalogue",
  },
  {
    query: "gargoulete",
    kind: "typo",
    expect: ["gargoulette-terre-naturelle-sale"],
    why: "gargoulete (10 letters) is 1 edit from the title's « Gargoulette »",
  },
  {
    query: "chapau de paille",
    kind: "typo",
    expect: ["chapeau-de-paille-doum-tiflet"],
    why: "chapau is 1 edit from the title's « Chapeau »; title « Chapeau de paille en doum »; de is a stop word",
  },

  // Arabic: with and without the article, ta marbuta written ه, bare alef, diacritics
  {
    query: "زربية صوف مريرت",
    kind: "arabic",
    expect: ["tapis-zayane-almou-mrirt", "tapis-zayane-agdal-mrirt", "tapis-zayane-tizi-mrirt"],
    why: "Arabic titles « زربية زيانية «…»، مريرت », « صوف أغنام الأطلس المتوسط » in the description; only the two M'rirt hanbels also match (via the tapis group)",
  },
  {
    query: "حنبل تاسافت",
    kind: "arabic",
    expect: ["hanbel-tassaft-khemisset"],
    why: "Arabic title « حنبل «تاسافت»، الخميسات »",
  },
  {
    query: "طاجين تامكروت",
    kind: "arabic",
    expect: ["tajine-vert-de-tamegroute"],
    why: "Arabic title « طاجين تامكروت الأخضر »",
  },
  {
    query: "عسل الزعتر",
    kind: "arabic",
    expect: ["miel-de-thym-du-moyen-atlas", "amlou-de-tamanar-au-miel-de-thym"],
    why: "Arabic titles « عسل الزعتر من الأطلس المتوسط » and « أملو تمنار بعسل الزعتر » (عسل also via the miel/honey group)",
  },
  {
    query: "زربيه رباطيه شاله",
    kind: "arabic",
    expect: ["tapis-rbati-chellah-rabat"],
    why: "ta marbuta typed as ه: Arabic title « زربية رباطية «شالة»، الرباط » normalises to the same words",
  },
  {
    query: "قله ماء",
    kind: "arabic",
    expect: ["gargoulette-terre-naturelle-sale"],
    why: "ta marbuta typed as ه: Arabic title « قلة ماء من الطين الطبيعي »",
  },
  {
    query: "عَسَل السِّدْر",
    kind: "arabic",
    expect: ["miel-de-jujubier-sidr-ouaouizeght"],
    why: "with harakat and shadda, which normalisation drops: Arabic title « عسل السدر »",
  },
  {
    query: "بوشرويط تايري",
    kind: "arabic",
    expect: ["boucherouite-tayri-sale"],
    why: "Arabic title « بوشرويط «تايري»، سلا »; the Tayri hanbel is « حنبل »",
  },
  {
    query: "الحنديرة",
    kind: "arabic",
    expect: ["handira-cape-de-mariee-mrirt"],
    why: "with the article, as written in the Arabic title « الحنديرة، رداء العروس بالترتر »",
  },
  {
    query: "زيت اركان تجميلي",
    kind: "arabic",
    expect: ["huile-d-argan-cosmetique-ait-baha", "huile-d-argan-cosmetique-compte-gouttes-ait-baha", "huile-d-argan-cosmetique-tamanar"],
    why: "bare alef for أ: Arabic titles « زيت أركان تجميلي… »; the two argan gift boxes, the only other matches, name cosmetic oil outside their titles",
  },
  {
    query: "كسكس الشعير",
    kind: "arabic",
    expect: ["couscous-d-orge-belboula-aguelmous", "couscous-d-orge-au-thym-sauvage-aguelmous", "couscous-orge-et-ble-aguelmous"],
    why: "Arabic titles « كسكس الشعير (بلبولة) », « كسكس الشعير بالزعتر البري », « كسكس مخلوط من الشعير والقمح »",
  },
  {
    query: "بلغة",
    kind: "arabic",
    expect: ["babouches-jaunes-traditionnelles-marrakech", "babouches-homme-cuir-naturel-marrakech"],
    why: "Arabic titles « بلغة صفراء تقليدية » and « بلغة رجالية من الجلد الطبيعي » (the women's pair is « شربيل »)",
  },

  // Darija in Latin letters, through the synonym groups
  {
    query: "zarbiya oudaya",
    kind: "darija",
    expect: ["tapis-rbati-oudaya-rabat"],
    why: "zarbiya is in the tapis group (title « Tapis de Rabat ») and « Oudaya » is the rug's name",
  },
  {
    query: "zerbiya hassan",
    kind: "darija",
    expect: ["tapis-rbati-hassan-rabat"],
    why: "zerbiya is in the tapis group; title « Tapis de Rabat « Hassan », Rabat »",
  },
  {
    query: "hanbal isli",
    kind: "darija",
    expect: ["hanbel-isli-khemisset"],
    why: "hanbal is in the hanbel group; title « Hanbel « Isli », Khémisset »",
  },
  {
    query: "3sel sidr",
    kind: "darija",
    expect: ["miel-de-jujubier-sidr-ouaouizeght"],
    why: "3sel is in the miel group; title « Miel de jujubier (sidr) »",
  },
  {
    query: "seksu belboula",
    kind: "darija",
    expect: ["couscous-d-orge-belboula-aguelmous"],
    why: "seksu is in the couscous group; title « Couscous d'orge (belboula) »",
  },
  {
    query: "zaafran taliouine",
    kind: "darija",
    expect: ["safran-de-taliouine-en-filaments", "safran-de-taliouine-boite-de-10-g"],
    why: "zaafran is in the safran group; titles « Safran de Taliouine… » (four Taddart saffrons match in all)",
  },
  {
    query: "belgha sfar",
    kind: "darija",
    expect: ["babouches-jaunes-traditionnelles-marrakech"],
    why: "description « La belgha jaune »; sfar is in the jaune group (title « Babouches jaunes »)",
  },
  {
    query: "mkhadda souf",
    kind: "darija",
    expect: ["coussin-tisse-motifs-zayane-kaf-en-nsour", "coussin-de-sol-tisse-kaf-en-nsour"],
    why: "mkhadda is in the coussin group (titles « Coussin… »), souf in the laine group (their tag « laine »); the tellis is the only other match",
  },

  // English
  {
    query: "grey wool rug",
    kind: "english",
    expect: ["tapis-zayane-imi-tighassaline"],
    why: "the only rug with grey: « natural grey » in its English description and dyes, « Wool from Middle Atlas sheep », title « Zayane rug »",
  },
  {
    query: "purple wool rug",
    kind: "english",
    expect: ["tapis-beni-mellal-tizi-tagzirt", "tapis-beni-mellal-ighrem-tagzirt", "tapis-beni-mellal-ifri-foum-el-anceur"],
    why: "« purple » in the English colours of four Beni Mellal rugs, « sheep's wool », title « Beni Mellal rug » (purple boucherouites have no wool)",
  },
  {
    query: "rag rug tagzirt",
    kind: "english",
    expect: ["boucherouite-tafsut-tagzirt", "boucherouite-ayour-tagzirt", "boucherouite-tala-tagzirt"],
    why: "subtitle « Recycled-fabric rag rug » and title « Boucherouite rug “…”, Tagzirt »: the three Tagzirt boucherouites",
  },
  {
    query: "flat weave khemisset",
    kind: "english",
    expect: ["hanbel-tamellalt-khemisset", "hanbel-tassaft-khemisset", "hanbel-tamurt-khemisset"],
    why: "technique « Flat-weave (hanbel) » and « flat weave » in the hanbel group; titles « Hanbel “…”, Khémisset »: exactly five match",
  },
  {
    query: "saffron threads",
    kind: "english",
    expect: ["safran-de-taliouine-en-filaments", "safran-categorie-1-en-filaments-taliouine"],
    why: "English titles « Taliouine saffron threads », « Category I saffron threads » (Askaoun's are out: its cooperative is seeded suspended)",
  },
  {
    query: "cosmetic argan oil",
    kind: "english",
    expect: ["huile-d-argan-cosmetique-ait-baha", "huile-d-argan-cosmetique-compte-gouttes-ait-baha", "huile-d-argan-cosmetique-tamanar"],
    why: "English titles « Cosmetic argan oil… »; the two gift boxes name cosmetic oil only in their descriptions",
  },
  {
    query: "honeycomb",
    kind: "english",
    expect: ["miel-en-rayon-de-montagne-aguelmous"],
    why: "English title « Mountain honeycomb »",
  },
  {
    query: "carob honey",
    kind: "english",
    expect: ["miel-de-caroubier-aguelmous"],
    why: "English title « Carob honey »",
  },
  {
    query: "embroidered napkins",
    kind: "english",
    expect: ["serviettes-brodees-lot-de-6-sale"],
    why: "English title « Embroidered napkins, set of 6 »",
  },
  {
    query: "leather belt",
    kind: "english",
    expect: ["ceinture-en-cuir-brodee-marrakech"],
    why: "English title « Embroidered leather belt »",
  },
  {
    query: "bread basket",
    kind: "english",
    expect: ["tbak-panier-a-pain-doum-tiflet", "corbeille-a-pain-ovale-doum-tiflet"],
    why: "English titles « Tbak, bread basket with a conical lid » and « Oval doum bread basket »",
  },
  {
    query: "sofa throw",
    kind: "english",
    expect: ["jete-de-canape-teint-au-henne-mrirt"],
    why: "English title « Henna-dyed sofa throw »",
  },

  // Several words, each of which must match
  {
    query: "huile d'argan cosmétique tamanar",
    kind: "multi-word",
    expect: ["huile-d-argan-cosmetique-tamanar"],
    why: "title « Huile d'argan cosmétique, Tamanar »; d' is a stop word; the Tamanar duo box is the only other match",
  },
  {
    query: "miel de fleur d'oranger",
    kind: "multi-word",
    expect: ["miel-de-fleur-d-oranger-du-gharb"],
    why: "title « Miel de fleur d'oranger du Gharb »; the Gharb three-honey box is the only other match",
  },
  {
    query: "couscous orge thym",
    kind: "multi-word",
    expect: ["couscous-d-orge-au-thym-sauvage-aguelmous"],
    why: "title « Couscous d'orge au thym sauvage »",
  },
  {
    query: "sac cuir tressé",
    kind: "multi-word",
    expect: ["sac-seau-en-cuir-tresse-marrakech"],
    why: "title « Sac seau en cuir tressé »; the doum couffin only has the words in its tags and description",
  },
  {
    query: "natte jonc salé",
    kind: "multi-word",
    expect: ["natte-de-jonc-de-sale-120x180", "grande-natte-de-jonc-de-sale-200x300"],
    why: "titles « Natte de jonc de Salé… » and « Grande natte de jonc de Salé… »",
  },
  {
    query: "coffret safran thuya",
    kind: "multi-word",
    expect: ["coffret-cadeau-safran-trois-fioles-taliouine"],
    why: "title « Coffret cadeau de safran, trois fioles », description « coffret en bois de thuya » (the thuya box of Askaoun is not searchable: suspended)",
  },
  {
    query: "tapis zayane indigo aghbalou",
    kind: "multi-word",
    expect: ["tapis-zayane-anzar-aghbalou", "tapis-zayane-aguelmam-aghbalou", "tapis-zayane-azigza-aghbalou"],
    why: "titles « Tapis zayane « … », Aghbalou » with « bleu indigo » in their colours: exactly these three",
  },
  {
    query: "tapis de rabat trois médaillons",
    kind: "multi-word",
    expect: ["tapis-rbati-yasmine-rabat", "tapis-rbati-andalous-rabat", "tapis-rbati-qasba-sale"],
    why: "titles « Tapis de Rabat… » and « Trois médaillons » in their descriptions (tag trois-medaillons): exactly these three",
  },
  {
    query: "couverture garance indigo",
    kind: "multi-word",
    expect: ["couverture-rayee-garance-et-indigo-mrirt"],
    why: "title « Couverture rayée garance et indigo »",
  },
  {
    query: "tajine de cuisson terre rouge",
    kind: "multi-word",
    expect: ["tajine-de-cuisson-terre-rouge-sale"],
    why: "title « Tajine de cuisson en terre rouge »",
  },
  {
    query: "miel de thym moyen atlas",
    kind: "multi-word",
    expect: ["miel-de-thym-du-moyen-atlas"],
    why: "title « Miel de thym du Moyen Atlas »",
  },

  // Attributes: colour, dye, material, village or commune, province
  {
    query: "pochette rouge",
    kind: "attribute",
    expect: ["pochette-brodee-cuir-rouge-fes"],
    why: "title « Pochette en cuir rouge brodée »",
  },
  {
    query: "pouf indigo",
    kind: "attribute",
    expect: ["pouf-carre-bleu-indigo-fes"],
    why: "title « Pouf carré bleu indigo »; the other poufs are natural and henna",
  },
  {
    query: "babouches naturel",
    kind: "attribute",
    expect: ["babouches-homme-cuir-naturel-marrakech"],
    why: "title « Babouches en cuir naturel pour homme »; the other pairs only say « toutes naturelles » in their colours",
  },
  {
    query: "écharpe laine",
    kind: "attribute",
    expect: ["echarpe-en-laine-filee-main-mrirt"],
    why: "title « Écharpe en laine filée main »",
  },
  {
    query: "pouf henné",
    kind: "attribute",
    expect: ["pouf-rond-teint-au-henne-fes"],
    why: "title « Pouf rond teint au henné »",
  },
  {
    query: "coussin garance",
    kind: "attribute",
    expect: ["coussin-tisse-motifs-zayane-kaf-en-nsour"],
    why: "the only cushion dyed with madder: « rouge garance » in its description",
  },
  {
    query: "moulay bouazza",
    kind: "attribute",
    expect: ["tapis-zayane-ayour-moulay-bouazza", "tapis-zayane-tamazirt-moulay-bouazza", "hanbel-tala-moulay-bouazza"],
    why: "commune of the Azetta cooperative, in the titles of its five carpets",
  },
  {
    query: "ouaouizeght",
    kind: "attribute",
    expect: ["miel-de-jujubier-sidr-ouaouizeght", "miel-d-euphorbe-daghmous-ouaouizeght", "miel-de-romarin-ouaouizeght"],
    why: "commune of the Tamda cooperative, named in the descriptions of its three honeys, the only matches",
  },
  {
    query: "essaouira",
    kind: "attribute",
    expect: ["huile-d-argan-alimentaire-tamanar", "huile-d-argan-cosmetique-tamanar", "amlou-de-tamanar-au-miel-de-thym"],
    why: "province of the Afoulki cooperative (« province d'Essaouira »), whose four products are the only matches",
  },
  {
    query: "vase zagora",
    kind: "attribute",
    expect: ["vase-a-anses-de-tamegroute"],
    why: "province of the Nakhla cooperative (« province de Zagora »); title « Vase à anses de Tamegroute »",
  },
]
