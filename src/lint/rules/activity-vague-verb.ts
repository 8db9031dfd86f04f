import type { Language } from "../../model/plan.js";
import type { Finding, Rule } from "../types.js";

/** Openings that promise effort, not a result. Data: extend per language. */
export const VAGUE_VERBS: Record<Language, string[]> = {
  sv: ["utveckla", "stärka", "verka för", "arbeta för", "bidra till", "främja", "sträva efter", "aktivt arbeta för", "arbeta aktivt för"],
  nb: ["styrke", "jobbe for", "bidra til", "utvikle", "arbeide for", "fremme", "streve etter"],
  en: ["develop", "strengthen", "work towards", "work toward", "contribute to", "promote", "strive to", "strive for"],
};

const LEAD = /^(vi\s+(ska|skall|skal|vil)|we\s+(will|shall)|the branch will|fagforeningen skal|distriktet ska)\s+/i;

export function vagueVerb(title: string, language: Language): string | undefined {
  const t = title.replace(LEAD, "").toLowerCase();
  return VAGUE_VERBS[language].find((v) => t === v || t.startsWith(`${v} `));
}

export const activityVagueVerb: Rule = {
  id: "activity/vague-verb",
  defaultLevel: "info",
  check: ({ plan }) => {
    const out: Finding[] = [];
    for (const a of plan.areas.flatMap((x) => x.activities)) {
      const verb = a.targets.length ? undefined : vagueVerb(a.title, plan.language);
      if (verb) out.push({ ruleId: "activity/vague-verb", messageId: "activity/vague-verb", data: { verb }, source: a.source });
    }
    return out;
  },
};
