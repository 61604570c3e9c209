/** Queries longer than this keep most of their trigrams through a typo: no variants needed. */
const LONGEST_VARIED = 16;

/**
 * The query and each spelling of it with two neighbouring letters swapped ("Nroa" → "Nora"), for
 * trigram search: a swap in a short word breaks nearly all its trigrams (word_similarity of
 * "Nroa" to "Nora" is 0.2, under the 0.6 threshold), so the swapped spellings are matched too.
 * Letters only, never a space; longer queries are left alone (their trigrams survive a swap).
 */
export function typoVariants(query: string): string[] {
  const letters = [...query];
  const variants = new Set([query]);
  if (letters.length > LONGEST_VARIED) return [...variants];
  for (let i = 0; i + 1 < letters.length; i++) {
    const a = letters[i] ?? "";
    const b = letters[i + 1] ?? "";
    if (a === b || /\s/u.test(a) || /\s/u.test(b)) continue;
    variants.add([...letters.slice(0, i), b, a, ...letters.slice(i + 2)].join(""));
  }
  return [...variants];
}
