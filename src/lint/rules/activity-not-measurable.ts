import type { Language } from "../../model/plan.js";
import { dateIn } from "../text-sources.js";
import type { Finding, Rule } from "../types.js";
import { vagueVerb } from "./activity-vague-verb.js";

/** Verbs that name a deliverable one can point at afterwards: a meeting held, a paper published. */
export const CONCRETE_VERBS: Record<Language, string[]> = {
  sv: ["genomföra", "anordna", "arrangera", "ordna", "hålla", "ge ut", "publicera", "ta fram", "skriva", "starta", "bilda", "utse", "besöka", "skicka", "ta emot", "samla", "träffa", "utbilda", "rekrytera minst", "erbjuda", "uppdatera"],
  nb: ["gjennomføre", "arrangere", "holde", "gi ut", "publisere", "lage", "skrive", "starte", "etablere", "besøke", "kartlegge", "sende", "invitere", "skolere", "tilby"],
  en: ["hold", "organise", "organize", "run", "publish", "write", "launch", "start", "set up", "appoint", "visit", "send", "train", "recruit at least", "produce", "publish"],
};

const LEAD = /^(vi\s+(ska|skall|skal|vil)|we\s+(will|shall))\s+/i;

/** No target, no date and no concrete deliverable: the committee cannot tell in December whether it happened. */
export const activityNotMeasurable: Rule = {
  id: "activity/not-measurable",
  defaultLevel: "info",
  check: (ctx) => {
    const { plan } = ctx;
    const out: Finding[] = [];
    for (const a of plan.areas.flatMap((x) => x.activities)) {
      if (a.targets.length || a.due || dateIn(ctx, a.title)) continue;
      if (vagueVerb(a.title, plan.language)) continue; // activity/vague-verb says it better
      const t = a.title.replace(LEAD, "").toLowerCase();
      if (CONCRETE_VERBS[plan.language].some((v) => t.startsWith(`${v} `))) continue;
      out.push({ ruleId: "activity/not-measurable", messageId: "activity/not-measurable", data: { id: a.id }, source: a.source });
    }
    return out;
  },
};
