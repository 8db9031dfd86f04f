import { resolve } from "node:path";
import { t } from "../../i18n/t.js";
import { diffPlans } from "../../year/diff-plans.js";
import { resolveLanguage, type Context } from "../context.js";
import { loadPlanFile, parseYear, resolvePlan } from "../pipeline.js";
import { checkFormat } from "../formats.js";

/** `plan diff <yearA> <yearB>`: activities added, dropped, kept; targets raised or lowered. */
export async function diffCommand(ctx: Context, a: string, b: string, opts: { dir: string; format: string }): Promise<number> {
  checkFormat("diff", opts.format, false);
  const dir = resolve(opts.dir);
  const [ya, yb] = [parseYear(a, "diff"), parseYear(b, "diff")];
  const before = await loadPlanFile(resolvePlan(String(ya), dir).path);
  const after = await loadPlanFile(resolvePlan(String(yb), dir).path);
  const lang = (ctx.lang = resolveLanguage(ctx, { plan: after.plan.language }));
  const diff = diffPlans(before.plan, after.plan);
  if (opts.format === "json") {
    ctx.stdout(JSON.stringify(diff, null, 2) + "\n");
    return 0;
  }
  const out: string[] = [];
  for (const x of diff.added) out.push(`+ ${t(lang, "diff.added")}  ${x.id}  ${x.title}`);
  for (const x of diff.dropped) out.push(`- ${t(lang, "diff.dropped")}  ${x.id}  ${x.title}`);
  for (const x of diff.kept) {
    for (const c of x.targets) {
      out.push(`${c.change === "raised" ? "↑" : "↓"} ${t(lang, c.change === "raised" ? "diff.raised" : "diff.lowered")}  ${x.id}  ${x.title}: ${c.from} → ${c.to}${c.unit ? ` ${c.unit}` : ""}`);
    }
  }
  const raised = diff.kept.filter((k) => k.targets.some((c) => c.change === "raised")).length;
  const lowered = diff.kept.filter((k) => k.targets.some((c) => c.change === "lowered")).length;
  out.push("", t(lang, "diff.summary", { added: diff.added.length, dropped: diff.dropped.length, kept: diff.kept.length, raised, lowered }));
  ctx.stdout(out.join("\n") + "\n");
  return 0;
}
