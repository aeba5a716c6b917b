import { stemmer } from 'stemmer';

// Stemming is the hot path of the analyzer: the same few thousand words recur in every ticket,
// so stems are cached. The cache is bounded so a stream of random junk cannot grow it forever.
const MAX_CACHE = 50_000;
const cache = new Map<string, string>();

/** Contractions keep their meaning without the apostrophe; "cannot" is the same word as "can't". */
const CONTRACTIONS: Record<string, string> = { cannot: 'cant', wont: 'wont' };

/** Lower-cased, cached Porter stem. Apostrophes are dropped ("isn't" → "isnt", "team's" → "team"). */
export function stemWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let lower = word.toLowerCase().replace(/[\u2019']/g, "'");
  if (lower.endsWith("'s")) lower = lower.slice(0, -2);
  const bare = lower.replace(/'/g, '');
  let stem: string;
  if (lower.endsWith("n't") || CONTRACTIONS[bare] !== undefined) stem = CONTRACTIONS[bare] ?? bare;
  else if (/^[0-9]+$/.test(bare) || bare.length < 3) stem = bare;
  else stem = stemmer(bare);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, stem);
  return stem;
}
