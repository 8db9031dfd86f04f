import { nb } from "./nb.js";
import type { LanguagePack } from "./pack.js";

/**
 * Norwegian (nynorsk): read with the Norwegian vocabulary plus the nynorsk
 * forms, told apart from bokmål by its own frequent words; messages and
 * reports are bokmål until templates/nn.yaml and nynorsk messages are added.
 */
export const nn = {
  ...nb,
  code: "nn",
  name: "nynorsk",
  locale: "nn-NO",
  localeCodes: ["nn"],
  templates: "nb",
  exampleOrganisation: "Vår forening",
  reading: {
    ...nb.reading,
    // only words bokmål does not use, beside the shared ones, so a bokmål plan stays "nb"
    markers: ["og", "å", "for", "er", "ikkje", "skal", "vi", "til", "av", "det", "med", "òg", "vår", "våre", "eller", "mellom", "vere", "korleis", "kva", "frå", "dei", "berre", "mykje", "eit"],
    numbers: { ...nb.reading.numbers, ein: 1, eitt: 1 },
    oneWords: [...nb.reading.oneWords, "ein", "eitt"],
    atLeast: [...nb.reading.atLeast, "ikkje færre enn", "meir enn", "fleire enn"],
    nonUnits: [...nb.reading.nonUnits, "timar"],
    nonTargetBefore: [...nb.reading.nonTargetBefore, "veke", "veka"],
    knownUnits: [...nb.reading.knownUnits, "deltakarar", "medlemer", "møte"],
    stopwords: [...nb.reading.stopwords, "frå", "ein", "eit", "ikkje", "dei"],
    subjectPrepositions: [...nb.reading.subjectPrepositions, "frå"],
  },
  headings: {
    ...nb.headings,
    prose: [...nb.headings.prose, "innleiing", "samandrag"],
    activities: [...nb.headings.activities, "fagforeininga sine mål", "laget sine mål"],
    written: { ...nb.headings.written, introduction: "Innleiing" },
    tableColumns: {
      ...nb.headings.tableColumns,
      activity: [...nb.headings.tableColumns.activity, "kva"],
      owner: [...nb.headings.tableColumns.owner, "ansvarleg", "kven"],
    },
    periodWords: [...nb.headings.periodWords, "gjeld for", "gjeld", "for åra"],
  },
  lint: {
    ...nb.lint,
    vagueVerbs: [...nb.lint.vagueVerbs, "arbeide for å", "jobbe for å"],
    leadIns: [...nb.lint.leadIns, "me skal", "me vil"],
  },
} satisfies LanguagePack;
