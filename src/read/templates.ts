import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, InputErrors } from "../errors.js";
import { PACKS, type Language } from "../i18n/lang/index.js";
import { TemplateOverride, Templates } from "../model/templates.js";
import { schemaErrors } from "../yaml/schema-errors.js";
import { parseYamlValue } from "../yaml/yaml-value.js";
import { insideWorkspace, isPlainFileName } from "./safe-read.js";
import { readSourceFile } from "./source-file.js";

/** The templates/ folder shipped with plan, found from wherever this code runs (src/ or dist/). */
export function bundledTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "templates", "sv.yaml"))) return join(dir, "templates");
    dir = dirname(dir);
  }
  throw new Error("templates/ folder not found next to plan");
}

/** The templates a language uses: its own when shipped, else those its pack names (nynorsk → bokmål). */
function templatesName(language: Language): string {
  return existsSync(join(bundledTemplatesDir(), `${language}.yaml`)) ? language : PACKS[language].templates;
}

/** The report wording for a language: the bundled file, then the workspace's own overrides. */
export function loadTemplates(language: Language, workspaceDir?: string): Templates {
  const bundled = join(bundledTemplatesDir(), `${templatesName(language)}.yaml`);
  const base = Templates.parse(parseYamlValue(readFileSync(bundled, "utf8"), bundled).value);
  if (!workspaceDir) return base;
  const own = join(workspaceDir, "templates", `${language}.yaml`);
  if (!existsSync(own)) return base;
  const doc = parseYamlValue(readSourceFile(insideWorkspace(own, workspaceDir, `templates/${language}.yaml`)).text, own);
  const parsed = TemplateOverride.safeParse(doc.value ?? {});
  if (!parsed.success) throw new InputErrors(schemaErrors(parsed.error.issues, TemplateOverride, doc, own));
  // the report's file name comes from here: a plain name, never a path out of reports/
  if (parsed.data.fileName !== undefined && !isPlainFileName(parsed.data.fileName)) {
    throw new InputError("template.badFileName", { value: parsed.data.fileName }, { file: own, ...doc.locate(["fileName"]) }, { messageId: "hint.plainFileName" });
  }
  return { ...base, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) };
}

/** The example plan and config that `plan init` writes, per language (data in templates/init/). */
export function loadInitTemplates(language: Language): { plan: string; config: string } {
  const dir = join(bundledTemplatesDir(), "init");
  const name = existsSync(join(dir, `${language}.md`)) ? language : PACKS[language].templates;
  return { plan: readFileSync(join(dir, `${name}.md`), "utf8"), config: readFileSync(join(dir, `plan.config.${name}.yaml`), "utf8") };
}
