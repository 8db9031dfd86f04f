import type { Context } from "../context.js";
export async function rollupCommand(_ctx: Context, _paths: string[], _opts: object): Promise<number> {
  return 2;
}
