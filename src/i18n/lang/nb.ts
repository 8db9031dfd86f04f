import { nb as messages } from "../messages.js";
import type { LanguagePack } from "./pack.js";

/** Norwegian (bokmål). */
export const nb = {
  code: "nb",
  name: "norsk",
  locale: "nb-NO",
  localeCodes: ["nb", "no"],
  templates: "nb",
  decimalComma: true,
  spaceBeforePercent: true,
  csvSeparator: ";",
  dayWithDot: true,
  exampleOrganisation: "Vår forening",
  extraLetters: "æøå",
  reading: {
    markers: ["og", "å", "for", "er", "ikke", "skal", "vi", "til", "av", "det", "med", "også", "vår", "våre", "blir", "eller", "mellom", "være", "hvordan", "fagforeningen"],
    numbers: {
      en: 1, ei: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9,
      ti: 10, elleve: 11, tolv: 12, femten: 15, tjue: 20, tretti: 30, førti: 40, femti: 50, hundre: 100,
    },
    oneWords: ["en", "ei", "ett"],
    atLeast: ["minst", "minimum", "ikke færre enn", "mer enn", "flere enn"],
    atMost: ["maks", "maksimalt", "høyst"],
    percent: ["%", "prosent", "pct", "pct."],
    nonUnits: ["år", "åringer", "årige", "gamle", "timer", "minutter", "kl"],
    nonTargetBefore: ["uke", "uka", "kl", "kl.", "klokka", "side", "punkt", "§", "nr", "nr.", "kapittel", "vedlegg", "år", "året", "de", "dei", "alle"],
    countWords: ["stk", "stk.", "stykker"],
    knownUnits: ["tillitsvalgte", "deltakere", "ledere", "lærere", "kurs", "ganger", "nummer", "medlemmer", "personer", "elever", "møter"],
    stopwords: [
      "i", "på", "av", "for", "med", "til", "om", "og", "som", "å", "per", "innen", "fra", "ved",
      "under", "over", "mot", "en", "ei", "et", "de", "den", "det", "er", "skal", "har", "kan", "eller", "så",
    ],
    subjectPrepositions: ["i", "på", "innen", "av", "for", "om", "til", "fra", "med"],
    months: {
      januar: 1, jan: 1, "jan.": 1, februar: 2, feb: 2, "feb.": 2, mars: 3, mar: 3, "mar.": 3, april: 4, apr: 4, "apr.": 4,
      mai: 5, juni: 6, jun: 6, "jun.": 6, juli: 7, jul: 7, "jul.": 7, august: 8, aug: 8, "aug.": 8,
      september: 9, sep: 9, "sep.": 9, sept: 9, "sept.": 9, oktober: 10, okt: 10, "okt.": 10, november: 11, nov: 11, "nov.": 11,
      desember: 12, des: 12, "des.": 12,
    },
    weekdays: { mandag: 1, man: 1, tirsdag: 2, tir: 2, onsdag: 3, ons: 3, torsdag: 4, tor: 4, fredag: 5, fre: 5, lørdag: 6, lør: 6, søndag: 7, søn: 7 },
    weekWords: ["uke", "veke"],
  },
  headings: {
    prose: [
      "innledning", "innhold", "innholdsfortegnelse", "sammendrag", "oppsummering", "bakgrunn", "forord", "formål", "metode",
      "nåsituasjon", "utgangspunkt", "visjon", "verdigrunnlag",
    ],
    contents: ["innhold", "innholdsfortegnelse"],
    dates: ["viktige datoer", "viktige datoar", "datoer", "kalender", "aktivitetskalender"],
    goals: ["hovedmål", "hovudmål", "overordnede mål", "overordnet mål", "mål"],
    activities: [
      "fagforeningens mål", "foreningens mål", "avdelingens mål", "klubbens mål", "lagets mål", "lokale mål", "aktiviteter",
      "planlagte aktiviteter", "tiltak",
    ],
    groupLabels: ["sentrale mål"],
    itemMarkers: ["tiltak", "aktivitet"],
    planWords: ["handlingsplan", "handlingsplanen", "arbeidsplan", "arbeidsplanen", "virksomhetsplan", "virksomhetsplanen", "aktivitetsplan", "aktivitetsplanen", "årsplan", "årsplanen"],
    adopted: ["vedtatt", "vedteke", "godkjent"],
    adoptedBy: ["på", "av"],
    written: { introduction: "Innledning", dates: "Viktige datoer", goals: "Hovedmål", activities: "Tiltak" },
    tableColumns: {
      activity: ["aktivitet", "aktiviteter", "tiltak", "hva"],
      target: ["mål", "målsetting", "målsettinger", "resultatmål", "måltall"],
      owner: ["ansvarlig", "ansvar", "hvem"],
      when: ["når", "tid", "tidspunkt", "tidsfrist", "frist", "deadline", "dato"],
    },
    periodWords: ["gjelder for", "gjelder", "for årene", "for perioden", "perioden", "arbeidsåret", "virksomhetsåret"],
  },
  lint: {
    vagueVerbs: ["styrke", "jobbe for", "bidra til", "utvikle", "arbeide for", "fremme", "streve etter"],
    concreteVerbs: [
      "gjennomføre", "arrangere", "holde", "gi ut", "publisere", "lage", "skrive", "starte", "etablere", "besøke", "kartlegge",
      "sende", "invitere", "skolere", "tilby",
    ],
    leadIns: ["vi skal", "vi vil", "fagforeningen skal"],
    placeholders: ["fyll inn", "skriv her"],
    compareStopwords: ["og", "for", "til", "å", "er", "skal", "kan", "eller", "vi", "vår", "våre"],
  },
  slugFillers: ["i", "og", "å", "for", "med", "av", "på", "til", "om", "en", "den", "det", "de", "som", "vi", "skal"],
  messages,
} satisfies LanguagePack;
