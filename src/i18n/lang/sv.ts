import { sv as messages } from "../messages.js";
import type { LanguagePack } from "./pack.js";

/** Swedish. */
export const sv = {
  code: "sv",
  name: "svenska",
  locale: "sv-SE",
  localeCodes: ["sv"],
  templates: "sv",
  decimalComma: true,
  spaceBeforePercent: true,
  csvSeparator: ";",
  dayWithDot: false,
  exampleOrganisation: "Vår förening",
  extraLetters: "åäö",
  reading: {
    markers: ["och", "att", "för", "är", "som", "med", "ska", "vi", "till", "av", "det", "inte", "på", "verksamhet", "också", "kommer", "under", "samt", "vår", "våra"],
    numbers: {
      en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
      elva: 11, tolv: 12, femton: 15, tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, hundra: 100,
    },
    oneWords: ["en", "ett"],
    atLeast: ["minst", "åtminstone", "minimum", "min.", "inte färre än", "mer än", "fler än", "över"],
    atMost: ["högst", "max", "max.", "maximalt"],
    percent: ["%", "procent", "pct", "pct."],
    nonUnits: ["år", "års", "åring", "åringar", "årig", "åriga", "gamla", "timmar", "minuter", "kl", "klockan"],
    nonTargetBefore: [
      "vecka", "veckor", "v", "v.", "kl", "kl.", "klockan", "sida", "punkt", "§", "nr", "nr.", "kapitel", "avsnitt", "bilaga",
      "år", "året",
      // "de fem regionala kommittéerna": a definite count describes what exists, it is no target.
      "de", "dem", "alla", "samtliga",
    ],
    countWords: ["st", "st.", "stycken"],
    knownUnits: [
      "deltagare", "lärare", "ledare", "arbetare", "handledare", "medarbetare", "förtroendevalda", "ombudsmän", "kurser",
      "kurs", "gånger", "nummer", "medlemmar", "personer", "elever", "träffar", "möten",
    ],
    stopwords: [
      "i", "på", "av", "för", "med", "till", "om", "och", "som", "att", "per", "inom", "från", "vid",
      "under", "över", "mot", "en", "ett", "de", "den", "det", "är", "ska", "skall", "har", "kan", "eller", "så",
    ],
    subjectPrepositions: ["i", "på", "inom", "av", "för", "om", "till", "från", "med"],
    months: {
      januari: 1, jan: 1, "jan.": 1, februari: 2, feb: 2, "feb.": 2, mars: 3, mar: 3, "mar.": 3, april: 4, apr: 4, "apr.": 4,
      maj: 5, juni: 6, jun: 6, "jun.": 6, juli: 7, jul: 7, "jul.": 7, augusti: 8, aug: 8, "aug.": 8,
      september: 9, sep: 9, "sep.": 9, sept: 9, "sept.": 9, oktober: 10, okt: 10, "okt.": 10, november: 11, nov: 11, "nov.": 11,
      december: 12, dec: 12, "dec.": 12,
    },
    weekdays: { måndag: 1, mån: 1, tisdag: 2, tis: 2, onsdag: 3, ons: 3, torsdag: 4, tors: 4, fredag: 5, fre: 5, lördag: 6, lör: 6, söndag: 7, sön: 7 },
    weekWords: ["vecka", "v."],
    exactly: ["exakt", "exakta", "precis"],
    between: { before: ["mellan"], and: ["och"] },
    notUnitWords: ["nya", "nytt", "ny", "fler", "flera", "ytterligare", "extra", "olika", "egna", "totalt", "sammanlagt"],
    shareOf: ["av"],
  },
  headings: {
    prose: [
      "inledning", "introduktion", "innehåll", "innehållsförteckning", "sammanfattning", "bakgrund", "förord", "syfte",
      "metod", "nuvarande situation", "utgångspunkter", "vision", "värdegrund", "om oss",
    ],
    contents: ["innehåll", "innehållsförteckning"],
    dates: ["viktiga datum", "viktiga datum och händelser", "datum", "kalender", "kalendarium"],
    goals: ["övergripande mål", "övergripande målsättningar", "övergripande målsättning", "målsättningar", "målsättning", "mål"],
    activities: ["avdelningens mål", "klubbens mål", "distriktets mål", "våra mål", "lokala mål", "aktiviteter", "planerade aktiviteter", "insatser"],
    groupLabels: ["centrala måltal", "måltal"],
    itemMarkers: ["insats", "insatser", "aktivitet", "åtgärd"],
    planWords: ["verksamhetsplan", "verksamhetsplanen", "handlingsplan", "handlingsplanen", "aktivitetsplan", "aktivitetsplanen", "årsplan", "årsplanen"],
    adopted: ["antagen", "antogs", "fastställd", "fastställdes", "beslutad"],
    adoptedBy: ["på", "vid", "av"],
    written: { introduction: "Inledning", dates: "Viktiga datum", goals: "Mål", activities: "Aktiviteter" },
    tableColumns: {
      activity: ["aktivitet", "aktiviteter", "insats", "insatser", "åtgärd", "åtgärder", "vad"],
      target: ["mål", "målsättning", "resultatmål", "måltal", "målvärde"],
      owner: ["ansvarig", "ansvariga", "ansvar", "vem"],
      when: ["när", "tid", "tidpunkt", "tidsplan", "frist", "deadline", "datum"],
    },
    periodWords: ["gäller för", "gäller", "för åren", "för perioden", "perioden", "verksamhetsåret", "verksamhetsår"],
  },
  lint: {
    vagueVerbs: ["utveckla", "stärka", "verka för", "arbeta för", "bidra till", "främja", "sträva efter", "aktivt arbeta för", "arbeta aktivt för"],
    concreteVerbs: [
      "genomföra", "anordna", "arrangera", "ordna", "hålla", "ge ut", "publicera", "ta fram", "skriva", "starta", "bilda", "utse",
      "besöka", "skicka", "ta emot", "samla", "träffa", "utbilda", "rekrytera minst", "erbjuda", "uppdatera",
    ],
    leadIns: ["vi ska", "vi skall", "distriktet ska"],
    placeholders: ["fyll i", "skriv här"],
    compareStopwords: [
      "i", "på", "av", "för", "med", "till", "om", "och", "som", "att", "per", "inom", "från", "vid", "under", "över", "mot", "en",
      "ett", "de", "den", "det", "är", "ska", "skall", "har", "kan", "eller", "så", "vi", "våra", "vår", "sina", "sin", "alla",
    ],
  },
  outcomes: {
    statusWords: {
      done: ["genomförd", "genomfört", "genomförda", "utförd", "utfört"],
      partial: ["delvis", "delvis genomförd", "delvis genomfört", "delvis genomförda"],
      "not-done": ["ej genomförd", "ej genomfört", "inte genomförd", "inte genomfört", "ej genomförda", "ej utförd"],
      cancelled: ["inställd", "inställt", "inställda", "struken", "struket"],
      postponed: ["uppskjuten", "uppskjutet", "uppskjutna", "framflyttad", "flyttad"],
    },
    csvHeaders: {
      id: ["id"],
      title: ["aktivitet", "rubrik", "titel"],
      target: ["mål", "måltal"],
      status: ["status"],
      actual: ["utfall", "resultat", "faktiskt"],
      planned: ["planerat", "planerad", "prognos"],
      light: ["ljus", "trafikljus"],
      comment: ["kommentar", "kommentarer"],
    },
  },
  slugFillers: ["i", "och", "att", "för", "med", "av", "på", "en", "ett", "den", "det", "de", "som", "till", "om", "vi", "ska"],
  messages,
} satisfies LanguagePack;
