import { describe, expect, it } from 'vitest';
import { analyzeText, findPhrase, findWords, stemWord } from '../../../../src/rules/text';

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

describe('findWords', () => {
  it('matches by stem and returns the words as written', () => {
    const text = analyzeText('The upgrade keeps Failing on our cluster');
    expect(findWords(text, ['fail', 'upgrades', 'license'])).toEqual(['Failing', 'upgrade']);
  });
  it('skips negated occurrences but finds a later live one', () => {
    expect(findWords(analyzeText('not down'), ['down'])).toEqual([]);
    expect(findWords(analyzeText('It was not down yesterday. Now it is down.'), ['down'])).toEqual(['down']);
  });
  it('looks up an entry with punctuation as a phrase', () => {
    expect(findWords(analyzeText('SSO sign in fails'), ['sign-in'])).toEqual(['sign in']);
  });
  it('returns [] for no words, empty words and junk', () => {
    const text = analyzeText('anything');
    expect(findWords(text, [])).toEqual([]);
    expect(findWords(text, ['', '!!!'])).toEqual([]);
    expect(findWords(text, 42 as unknown as string[])).toEqual([]);
  });
});

describe('findPhrase', () => {
  it.each([
    ['We run Docker Swarm', 'docker swarm', ['Docker Swarm']],
    ['three docker swarms', 'docker swarm', ['docker swarms']],
    ['Found CVE-2024-3094 in the image', 'cve-', ['CVE']],
    ['every page returns 500', '500', ['500']],
    ['we use sourcegraph/server in prod', 'sourcegraph/server', ['sourcegraph/server']],
    ['How do I add a code host?', 'how do i', ['How do I']],
    ['search returns no results', 'no results', ['no results']],
    ['it is not working', 'not working', ['not working']],
  ])('%s ~ %s', (input, phrase, expected) => {
    expect(findPhrase(analyzeText(input), phrase)).toEqual(expected);
  });

  it.each([
    ['we are not using docker swarm', 'docker swarm'],
    ['swarm docker', 'docker swarm'],
    ['docker. Swarm', 'docker swarm'],
    ['the site is not down for everyone', 'down for everyone'],
    ['anything', '!!!'],
    ['anything', ''],
  ])('%s does not match %s', (input, phrase) => {
    expect(findPhrase(analyzeText(input), phrase)).toEqual([]);
  });

  it('returns each distinct match once', () => {
    expect(findPhrase(analyzeText('helm upgrade. Helm upgrade. helm upgrades'), 'helm upgrade')).toEqual([
      'helm upgrade',
      'Helm upgrade',
      'helm upgrades',
    ]);
  });
});
