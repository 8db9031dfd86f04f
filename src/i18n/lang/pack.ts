/**
 * Everything plan knows about one language, as data. A language is added by
 * writing one pack (src/i18n/lang/<code>.ts), its report templates
 * (templates/<code>.yaml, templates/init/) and adding the pack to
 * src/i18n/lang/index.ts; the per-purpose tables (extract/words.ts,
 * parse/markdown/keywords.ts, …) are derived from the packs.
 *
 * Word lists are lower case. Lists the reader uses regardless of the plan's
 * language (comparison words, months, heading words) are the union over all
 * packs, so a word added here must not mean something else in another language.
 */
export interface LanguagePack {
  /** ISO 639-1 code, also the plan model's `language` */
  code: string;
  /** the language's own name ("svenska") */
  name: string;
  /** BCP 47 tag for the PDF's language and for case mapping */
  locale: string;
  /** locale prefixes of LANG / LC_ALL that choose this language for messages */
  localeCodes: string[];
  /** the templates/<name>.yaml (report wording, file name) and templates/init files this language uses */
  templates: string;
  /** how numbers are written: "12,5" and "12 683" (true) or "12.5" and "12,683" */
  decimalComma: boolean;
  /** "25 %" (true) or "25%" */
  spaceBeforePercent: boolean;
  /** the separator of a CSV file that Excel opens in this language */
  csvSeparator: "," | ";";
  /** "23. oktober 2025" (true) or "23 oktober 2025" in lint messages */
  dayWithDot: boolean;
  /** the organisation's name in the example plan of `plan init` */
  exampleOrganisation: string;
  /** letters beyond a-z that a lettered list item "å)" may start with */
  extraLetters: string;

  /** words that make reading a plan possible */
  reading: {
    /** frequent words that tell the languages apart (language detection) */
    markers: string[];
    /** letters that only this language (and its close kin) writes: "äö" for Swedish, "æø" for Norwegian; a word with one counts as a marker */
    letters: string;
    /** number words that state an amount; see `oneWords` */
    numbers: Record<string, number>;
    /** words that make "1" an amount rather than an article: "minst en kurs" */
    oneWords: string[];
    atLeast: string[];
    atMost: string[];
    /** words after a number that make it a percentage */
    percent: string[];
    /** words after a number that make it an age, a duration or a time — never a target */
    nonUnits: string[];
    /** words before a number that make it a week, a page or a label — never a target */
    nonTargetBefore: string[];
    /**
     * "alle arbeidsplasser med over 10 ansatte": after one of `everyWords`, a number that follows one
     * of these (a comparison may stand between) says which, not how many — never a target
     */
    qualifierBefore: string[];
    everyWords: string[];
    /** count words with no meaning of their own: "5 st kurser" */
    countWords: string[];
    /** nouns that look like adjectives ("deltagare" ends like "kortare") */
    knownUnits: string[];
    /** little words that can follow a number without being its unit */
    stopwords: string[];
    /** prepositions that introduce a target's subject: "99 deltagare i Om facket" */
    subjectPrepositions: string[];
    /** month names and abbreviations → 1…12 */
    months: Record<string, number>;
    /** weekday names and abbreviations → 1 (Monday) … 7 */
    weekdays: Record<string, number>;
    /** words before a week number: "vecka 40" */
    weekWords: string[];
    /** words that say the amount is to be hit exactly: "exakt 12 möten" */
    exactly: string[];
    /** a range in words: "mellan 40 och 60" */
    between: { before: string[]; and: string[] };
    /** a change from a baseline: "från 20 % till 10 %"; the baseline is context, the second number the target */
    fromTo: { from: string[]; to: string[] };
    /** how often within the year: "två besök per månad" is a rate, not the year's target */
    shortFrequencies: string[];
    /** words between a number and its unit that are never the unit: "25 nye medlemmer" */
    notUnitWords: string[];
    /** prepositions that make a percentage a share of something: "25 procent av eleverna"; the first is written */
    shareOf: string[];
    /** nouns for a period after a preposition ("i året", "per month"): how often, never a target's subject */
    periodNouns: string[];
    /** true when the language stacks nouns without endings ("15 new workplace reps"); otherwise adjectives are told by their endings */
    stacksNouns: boolean;
    /** set phrases that stand before a unit as one word ("5 health and safety reps": the unit is reps) */
    nounPhrases: string[];
  };

  /** words that say what a heading or a line holds */
  headings: {
    /** introduction, contents, background: prose, never an area */
    prose: string[];
    /** the prose sections that introduce a plan, carried into the report (config `report.intro`) */
    intro: string[];
    /** the table of contents (a prose heading whose list is checked by toc/mismatch) */
    contents: string[];
    /** lists of dated events */
    dates: string[];
    /** goals, not activities */
    goals: string[];
    /** the branch's own goals or activities: these items are activities */
    activities: string[];
    /** list labels whose nested items are activities: "Centrala måltal:" */
    groupLabels: string[];
    /** line markers of pasted text whose rest is an activity: "Insats: …" */
    itemMarkers: string[];
    /** words that name the document itself in a title ("verksamhetsplan") */
    planWords: string[];
    /** words that say a plan was adopted ("antagen"), and the prepositions before who adopted it */
    adopted: string[];
    adoptedBy: string[];
    /** the headings plan writes when it writes a plan as Markdown; the reader must know each of them.
     * `activities` also titles the one implicit area of a plan that is a single list with no title. */
    written: { introduction: string; dates: string; goals: string; activities: string };
    /** header words that name a column's role in an activity table ("Ansvarig person", "Tid/frist" match by their first word) */
    tableColumns: { activity: string[]; target: string[]; owner: string[]; when: string[] };
    /** words that introduce the plan's period in a sentence: "gäller för åren 2025–2027" */
    periodWords: string[];
  };

  /** words the lint rules look for */
  lint: {
    /** openings that promise effort, not a result */
    vagueVerbs: string[];
    /** verbs that name a deliverable one can point at afterwards */
    concreteVerbs: string[];
    /** a subject that opens an activity and says nothing: "Vi ska" */
    leadIns: string[];
    /** placeholders in brackets: "[fyll i …]" */
    placeholders: string[];
    /** words that carry no meaning when two activities are compared */
    compareStopwords: string[];
  };

  /** words a secretary writes in an outcomes file or spreadsheet */
  outcomes: {
    /** the words for each status, as the report prints them and their common variants ("genomförd", "utsatt") */
    statusWords: Record<"done" | "partial" | "not-done" | "cancelled" | "postponed", string[]>;
    /** the spreadsheet's column headers; the first of each is the one written */
    csvHeaders: Record<"id" | "title" | "target" | "status" | "actual" | "planned" | "light" | "comment", string[]>;
  };

  /** little words left out of generated ids ("i", "och") */
  slugFillers: string[];

  /** everything the CLI says to a person; every key of the base language's table */
  messages: Record<string, string>;
}
