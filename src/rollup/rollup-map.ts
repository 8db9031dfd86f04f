import { z } from "zod";

/**
 * `--map areas.yaml`: what the federation's office writes once. Areas under
 * the federation's own title with the ids or titles branches use for them;
 * the branches it expects a report from; a title for the roll-up.
 */
export const RollupMap = z.strictObject({
  title: z.string().optional(),
  areas: z.record(z.string(), z.array(z.string())).optional(),
  branches: z.array(z.string()).optional(),
});
export type RollupMap = z.infer<typeof RollupMap>;
