/** The entries of pasted text: one per line (or separated by spaces: no entry of these lists may hold one). */
export function splitEntries(text: string): string[] {
  return text
    .split(/\s+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
