import { ALL_PACKS, byLanguage, type Language } from "../../i18n/lang/index.js";
import { phrasePattern } from "../../text/pattern.js";
import type { Finding, Rule } from "../types.js";

/** Openings that promise effort, not a result: from the language packs. */
export const VAGUE_VERBS: Record<Language, string[]> = byLanguage((p) => p.lint.vagueVerbs);

/** "Vi ska …", "We will …": a subject that opens the activity and says nothing; any language's. */
export const LEAD_IN = new RegExp(`^(${phrasePattern(ALL_PACKS.flatMap((p) => p.lint.leadIns))})\\s+`, "i");

export function vagueVerb(title: string, language: Language): string | undefined {
  const t = title.replace(LEAD_IN, "").toLowerCase();
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
