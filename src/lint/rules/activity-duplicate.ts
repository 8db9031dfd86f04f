import { ALL_PACKS } from "../../i18n/lang/index.js";
import type { Activity } from "../../model/plan.js";
import type { Finding, Rule } from "../types.js";

const STOP = new Set(ALL_PACKS.flatMap((p) => p.lint.compareStopwords));
const SUFFIXES = ["erna", "arna", "orna", "ande", "ende", "ens", "ets", "en", "et", "er", "ar", "or", "na", "a", "t", "s", "e"];

function stem(w: string): string {
  for (const s of SUFFIXES) if (w.length - s.length >= 4 && w.endsWith(s)) return w.slice(0, -s.length);
  return w;
}

/** The words that carry meaning, reduced to a stem: "fackligt-politiskt" and "facklig-politiskt" meet. */
export function meaningfulStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 1 && !STOP.has(w)).map(stem));
}

/** The text as a person reads it: case, spacing and a final full stop do not make two activities different. */
function exactKey(title: string): string {
  return title.toLowerCase().replace(/\s+/g, " ").replace(/[.!;:]+$/, "").trim();
}

/** Tokens shared by more activities than this say nothing about a pair (and would make the check quadratic). */
const MAX_BUCKET = 30;
const MIN_SHARED = 5;
const MIN_JACCARD = 0.4;

/**
 * Two activities with near-identical text (seed 003: 1.4 and 1.6). Scales
 * linearly: pairs are only compared when they share a word that few
 * activities use, and identical texts are found by hashing.
 */
export const activityDuplicate: Rule = {
  id: "activity/duplicate",
  defaultLevel: "warning",
  check: ({ plan }) => {
    const acts: Activity[] = plan.areas.flatMap((a) => a.activities);
    const stems = acts.map((a) => meaningfulStems(a.title));
    const out: Finding[] = [];
    const reported = new Set<string>();
    const report = (i: number, j: number, messageId = "activity/duplicate") => {
      const key = `${i}:${j}`;
      if (reported.has(key)) return;
      reported.add(key);
      const [a, b] = [acts[i]!, acts[j]!];
      out.push({ ruleId: "activity/duplicate", messageId, data: { id: b.id, other: a.id, line: a.source.line }, source: b.source });
    };
    // the same activity written twice, targets and all (the reader gave the copy an id "…-2")
    const exact = new Map<string, number>();
    acts.forEach((a, i) => {
      const key = exactKey(a.title);
      const first = exact.get(key);
      if (key.length < 3) return;
      if (first === undefined) exact.set(key, i);
      else report(first, i, "activity/duplicate.exact");
    });
    // identical wording
    const byKey = new Map<string, number>();
    stems.forEach((s, i) => {
      if (s.size < 2) return;
      const key = [...s].sort().join(" ");
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else if (!(acts[first]!.targets.length && acts[i]!.targets.length)) report(first, i);
    });
    // near-identical wording, through buckets of uncommon words
    const buckets = new Map<string, number[]>();
    stems.forEach((s, i) => s.forEach((w) => (buckets.get(w) ?? buckets.set(w, []).get(w)!).push(i)));
    const shared = new Map<string, number>();
    for (const members of buckets.values()) {
      if (members.length < 2 || members.length > MAX_BUCKET) continue;
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) {
          const key = `${members[x]}:${members[y]}`;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
    }
    for (const [key, count] of shared) {
      if (count < MIN_SHARED) continue;
      const [i, j] = key.split(":").map(Number) as [number, number];
      const a = stems[i]!;
      const b = stems[j]!;
      const inter = [...a].filter((w) => b.has(w)).length;
      const jaccard = inter / (a.size + b.size - inter);
      // two numbered targets about different things are not duplicates ("340 … förtroendevalda", "520 … medlemmar")
      if (jaccard >= MIN_JACCARD && !(acts[i]!.targets.length && acts[j]!.targets.length)) report(i, j);
    }
    return out.sort((p, q) => p.source.line - q.source.line);
  },
};
