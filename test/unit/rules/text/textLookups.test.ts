import { describe, expect, it } from 'vitest';
import { analyzeText, lookupPhrases, lookupWords, stemWord } from '../../../../src/rules/text';

// lookupWords / lookupPhrases are the engine's only word and phrase matchers (rule conditions and
// deployment cues). Each case runs on a fresh text and on one already marked in the pre-screen
// table, so a stale or missing mark would show up as a wrong answer.

/** The text analyzed, with its pre-screen marks already made by an unrelated lookup. */
function marked(input: string) {
  const text = analyzeText(input);
  lookupWords(text, ['zzzunrelated']);
  return text;
}
const FRESH_AND_MARKED = [
  ['fresh', analyzeText],
  ['marked', marked],
] as const;

describe('stemWord', () => {
  it('lower-cases and stems', () => {
    expect(stemWord('Failing')).toBe(stemWord('failed'));
    expect(stemWord('Swarms')).toBe('swarm');
    expect(stemWord('500')).toBe('500');
  });
  it('drops apostrophes and merges "cannot" with "can\'t"', () => {
    expect(stemWord("isn't")).toBe('isnt');
    expect(stemWord('cannot')).toBe(stemWord("can't"));
    expect(stemWord("team's")).toBe(stemWord('team'));
  });
});

describe.each(FRESH_AND_MARKED)('lookupWords (%s text)', (_, analyze) => {
  it('matches by stem and returns the words as written, in entry order', () => {
    const text = analyze('The upgrade keeps Failing on our cluster');
    expect(lookupWords(text, ['fail', 'upgrades', 'license'])).toEqual(['Failing', 'upgrade']);
  });
  it('skips negated occurrences but finds a later live one', () => {
    expect(lookupWords(analyze('not down'), ['down'])).toEqual([]);
    expect(lookupWords(analyze('It was not down yesterday. Now it is down.'), ['down'])).toEqual(['down']);
  });
  it('looks up an entry with punctuation or spaces as a phrase', () => {
    expect(lookupWords(analyze('SSO sign in fails'), ['sign-in'])).toEqual(['sign in']);
    expect(lookupWords(analyze('we are not using docker swarm'), ['docker swarm'])).toEqual([]);
  });
  it('takes a single word as a string', () => {
    expect(lookupWords(analyze('Search is slowing down'), 'slow')).toEqual(['slowing']);
  });
  it('reports a word matched by two entries once', () => {
    expect(lookupWords(analyze('It failed'), ['fail', 'failing'])).toEqual(['failed']);
  });
  it('returns [] for no words, empty words and junk', () => {
    const text = analyze('anything down');
    expect(lookupWords(text, [])).toEqual([]);
    expect(lookupWords(text, ['', '!!!'])).toEqual([]);
    expect(lookupWords(text, 42 as unknown as string[])).toEqual([]);
    expect(lookupWords(text, null as unknown as string[])).toEqual([]);
    expect(lookupWords(text, { length: 1 } as unknown as string[])).toEqual([]);
    expect(lookupWords(text, [42, null, 'down'] as unknown as string[])).toEqual(['down']);
  });
});

const PHRASE_MATCHES: [string, string, string[]][] = [
  ['We run Docker Swarm', 'docker swarm', ['Docker Swarm']],
  ['three docker swarms', 'docker swarm', ['docker swarms']],
  ['Found CVE-2024-3094 in the image', 'cve-', ['CVE']],
  ['every page returns 500', '500', ['500']],
  ['we use sourcegraph/server in prod', 'sourcegraph/server', ['sourcegraph/server']],
  ['How do I add a code host?', 'how do i', ['How do I']],
  ['search returns no results', 'no results', ['no results']],
  ['it is not working', 'not working', ['not working']],
];
const PHRASE_MISSES: [string, string][] = [
  ['we are not using docker swarm', 'docker swarm'],
  ['swarm docker', 'docker swarm'],
  ['docker. Swarm', 'docker swarm'],
  ['the site is not down for everyone', 'down for everyone'],
  ['anything', '!!!'],
  ['anything', ''],
];

describe.each(FRESH_AND_MARKED)('lookupPhrases (%s text)', (_, analyze) => {
  it.each(PHRASE_MATCHES)('%s ~ %s', (input, phrase, expected) => {
    expect(lookupPhrases(analyze(input), phrase)).toEqual(expected);
    expect(lookupPhrases(analyze(input), [phrase])).toEqual(expected);
    // The same entry as a word list: a phrase entry, or a single word with one occurrence.
    expect(lookupWords(analyze(input), [phrase])).toEqual(expected);
  });

  it.each(PHRASE_MISSES)('%s does not match %s', (input, phrase) => {
    expect(lookupPhrases(analyze(input), phrase)).toEqual([]);
    expect(lookupWords(analyze(input), [phrase])).toEqual([]);
  });

  it('returns each distinct match once', () => {
    expect(lookupPhrases(analyze('helm upgrade. Helm upgrade. helm upgrades'), 'helm upgrade')).toEqual([
      'helm upgrade',
      'Helm upgrade',
      'helm upgrades',
    ]);
  });

  it('cleans a phrase entry like ticket text before taking its first word', () => {
    // All signature, or all quoted: nothing is left of it, so it matches nothing.
    expect(lookupPhrases(analyze('best regards to the team'), 'best regards')).toEqual([]);
    expect(lookupPhrases(analyze('we run docker swarm'), '> docker swarm')).toEqual([]);
    expect(lookupWords(analyze('we run docker swarm'), ['> docker swarm'])).toEqual([]);
    // Pressure words and negators are words like any other in an entry.
    expect(lookupPhrases(analyze('please fix this asap'), 'this asap')).toEqual(['this asap']);
    expect(lookupPhrases(analyze('the pods never start'), ' never start ')).toEqual(['never start']);
  });

  it('concatenates the matches of several phrases, in phrase order', () => {
    expect(lookupPhrases(analyze('Docker Compose on an AWS AMI'), ['aws ami', 'docker compose', 'gce image'])).toEqual(['AWS AMI', 'Docker Compose']);
  });
});

describe('the pre-screen table', () => {
  it('finds words first asked about after the text was marked', () => {
    const text = marked('a quokkas wallaby sighting');
    expect(lookupWords(text, ['quokka'])).toEqual(['quokkas']);
    expect(lookupPhrases(text, 'wallaby sighting')).toEqual(['wallaby sighting']);
    expect(lookupWords(text, ['wombat'])).toEqual([]);
  });

  it('keeps answers right when three texts take turns', () => {
    // Two tables of marks serve the two most recent texts; a third text takes one over.
    const texts = [analyzeText('the indexer crashed'), analyzeText('license expired'), analyzeText('slow search')];
    const expected = [['crashed'], ['expired'], ['slow']];
    for (const i of [0, 1, 2, 0, 2, 1, 1, 0, 2, 2, 0]) {
      expect(lookupWords(texts[i]!, ['crash', 'expire', 'slow'])).toEqual(expected[i]);
    }
  });

  it('answers right past the cache of single-word entries', () => {
    const text = analyzeText('word10500 and word3');
    for (let i = 0; i < 11_000; i++) {
      const hit = lookupWords(text, `word${i}`);
      expect(hit).toEqual(i === 3 || i === 10_500 ? [`word${i}`] : []);
    }
  });
});
