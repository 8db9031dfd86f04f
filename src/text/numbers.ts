/**
 * Reads a number as Swedish and Norwegian people write it: spaces (also
 * no-break and thin spaces) as thousands separators, a decimal comma.
 * "12 683" → 12683, "12,5" → 12.5, "1 234,5" → 1234.5. Anything else → undefined.
 */
export function parseLocaleNumber(text: string): number | undefined {
  const t = text.trim().replace(/[\u00a0\u202f\u2009 ]/g, " ");
  if (/^-?\d{1,3}( \d{3})+(,\d+)?$/.test(t) || /^-?\d+(,\d+)?$/.test(t)) {
    return Number(t.replace(/ /g, "").replace(",", "."));
  }
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  return undefined;
}

/**
 * Reads a number as the plan's language writes it (its pack's `decimalComma`). Swedish and Norwegian group
 * thousands with spaces (any kind) or dots and use a decimal comma ("12.683",
 * "12 683,5"); English groups with commas or spaces and uses a decimal point
 * ("12,683", "12.5"). A number that fits neither → undefined.
 */
export function parseNumberIn(text: string, decimalComma: boolean): number | undefined {
  const t = text.trim().replace(/[\u00a0\u202f\u2009 ]/g, " ");
  if (!decimalComma) {
    if (/^-?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(t) || /^-?\d+(\.\d+)?$/.test(t)) return Number(t.replace(/[, ]/g, ""));
    return undefined;
  }
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  return parseLocaleNumber(t);
}

/** Formats a number the way the report's language writes it: "12 683", "12,5". */
export function formatNumber(value: number, decimalComma: boolean, decimals = 2): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  const [int, frac] = String(Math.abs(rounded)).split(".");
  const grouped = int!.length > 3 || !decimalComma ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, decimalComma ? "\u00a0" : ",") : int!;
  const sign = rounded < 0 ? "−" : "";
  return sign + grouped + (frac ? (decimalComma ? "," : ".") + frac : "");
}
