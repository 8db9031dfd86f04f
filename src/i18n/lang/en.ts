import { en as messages } from "../messages.js";
import type { LanguagePack } from "./pack.js";

/** English: also the language messages fall back to. */
export const en = {
  code: "en",
  name: "English",
  locale: "en",
  localeCodes: [],
  templates: "en",
  decimalComma: false,
  spaceBeforePercent: false,
  csvSeparator: ",",
  dayWithDot: false,
  exampleOrganisation: "Our association",
  extraLetters: "",
  reading: {
    markers: ["and", "the", "of", "to", "is", "we", "will", "for", "with", "in", "our", "that", "be", "on", "at", "by", "this", "are", "members", "activities"],
    numbers: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
    },
    oneWords: ["one"],
    atLeast: ["at least", "no fewer than", "more than", "a minimum of"],
    atMost: ["at most", "no more than", "a maximum of", "up to"],
    percent: ["%", "percent", "per cent"],
    nonUnits: ["years", "year", "yrs", "old", "hours", "minutes"],
    nonTargetBefore: ["week", "at", "page", "point", "no.", "chapter", "section", "appendix", "year", "the", "all"],
    countWords: [],
    knownUnits: [],
    stopwords: [
      "in", "on", "of", "for", "with", "to", "about", "and", "as", "that", "per", "within", "from",
      "at", "by", "the", "a", "an", "is", "are", "will", "shall", "has", "can", "or", "so",
    ],
    subjectPrepositions: ["in", "on", "within", "of", "for", "about", "to", "from", "with", "at"],
    months: {
      january: 1, jan: 1, "jan.": 1, february: 2, feb: 2, "feb.": 2, march: 3, mar: 3, "mar.": 3, april: 4, apr: 4, "apr.": 4,
      may: 5, june: 6, jun: 6, "jun.": 6, july: 7, jul: 7, "jul.": 7, august: 8, aug: 8, "aug.": 8,
      september: 9, sep: 9, "sep.": 9, sept: 9, "sept.": 9, october: 10, oct: 10, "oct.": 10, november: 11, nov: 11, "nov.": 11,
      december: 12, dec: 12, "dec.": 12,
    },
    weekdays: {
      monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5,
      saturday: 6, sat: 6, sunday: 7, sun: 7,
    },
    weekWords: ["week"],
  },
  headings: {
    prose: [
      "introduction", "contents", "table of contents", "summary", "background", "foreword", "preface", "purpose", "method",
      "current situation", "vision", "about us",
    ],
    contents: ["contents", "table of contents"],
    dates: ["important dates", "key dates", "dates", "calendar"],
    goals: ["goals", "overall goals", "main goals", "objectives"],
    activities: ["our goals", "local goals", "activities", "planned activities", "actions"],
    groupLabels: ["central targets", "targets"],
    itemMarkers: ["activity", "action"],
    planWords: ["activity plan", "action plan", "annual plan", "work plan", "plan"],
    adopted: ["adopted", "approved"],
    adoptedBy: ["at", "by", "of"],
    written: { introduction: "Introduction", dates: "Important dates", goals: "Goals", activities: "Activities" },
    tableColumns: {
      activity: ["activity", "activities", "action", "actions", "what"],
      target: ["target", "targets", "goal", "measure", "kpi"],
      owner: ["owner", "responsible", "responsibility", "lead", "who"],
      when: ["when", "deadline", "due", "date", "timing", "time"],
    },
    periodWords: ["covers", "applies to", "for the years", "for the period", "the period", "the year"],
  },
  lint: {
    vagueVerbs: ["develop", "strengthen", "work towards", "work toward", "contribute to", "promote", "strive to", "strive for"],
    concreteVerbs: [
      "hold", "organise", "organize", "run", "publish", "write", "launch", "start", "set up", "appoint", "visit", "send", "train",
      "recruit at least", "produce", "publish",
    ],
    leadIns: ["we will", "we shall", "the branch will"],
    placeholders: ["fill in"],
    compareStopwords: ["the", "and", "of", "to", "in", "on", "for", "with", "we", "will", "our", "a", "an", "be"],
  },
  slugFillers: ["the", "and", "of", "to", "in", "on", "an", "a", "for", "we", "will"],
  messages,
} satisfies LanguagePack;
