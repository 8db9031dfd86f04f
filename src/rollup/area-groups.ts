import { slugify } from "../util/slug.js";

/** An area title without its section number, folded: "3. Facklig utbildning" → "facklig-utbildning". */
export function normaliseTitle(title: string): string {
  return slugify(title.replace(/^\s*\d+(?:\.\d+)*[.)]?\s+/, ""), 20);
}

/** A section number ("3", "2.1") is not the same area in two plans unless they share a template and title. */
const NUMBER_ID = /^\d+(?:\.\d+)*$/;

/**
 * Groups areas across branches: two areas are one when they share an id
 * (branches on one plan template), a normalised title, or a line of the map.
 * Union-find over keys, so "id A = id B" and "title B = title C" join A and C.
 */
export class AreaGroups {
  private readonly parent = new Map<string, string>();

  private find(k: string): string {
    let root = k;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(k, root);
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // a map title always wins as the root, so the group keeps the federation's name
    if (ra !== rb) {
      if (rb.startsWith("map:")) this.parent.set(ra, rb);
      else this.parent.set(rb, ra);
    }
  }

  private keys(id: string, title: string): string[] {
    return [...(NUMBER_ID.test(id) ? [] : [`id:${id}`]), `title:${normaliseTitle(title)}`];
  }

  mapTitle(title: string, aliases: string[]): void {
    const node = `map:${title}`;
    this.find(node);
    for (const alias of [title, ...aliases]) {
      this.union(node, `title:${normaliseTitle(alias)}`);
      this.union(node, `id:${alias.trim()}`);
    }
  }

  add(id: string, title: string): void {
    const [first, ...rest] = this.keys(id, title);
    this.find(first!);
    for (const k of rest) this.union(first!, k);
  }

  /** the group an area belongs to; a map title when the map names it */
  groupOf(id: string, title: string): string {
    return this.find(this.keys(id, title)[0]!);
  }
}
