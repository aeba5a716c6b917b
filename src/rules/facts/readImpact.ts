// How much of the service the customer says is gone, in their own words: "none of our developers
// can log in", "users can't reach it", "production is unreachable", "every search fails". One
// sentence at a time, three shapes:
// - people who cannot do the basic things: "users can't reach it", "nobody can sign in";
// - the service itself unavailable: "production is unreachable", "the site is down";
// - every one of something failing: "every search fails", "all requests return 502".
// A qualifier in the same sentence ("some users", "only the EU office", "a few", "slow") makes
// it partial; "most" or "half" a majority.
import { BREAK_SENTENCE, type AnalyzedText, type Token } from '../text/index';
import { stemWord } from '../text/stemWord';

export const IMPACTS = ['total', 'majority', 'partial', 'none'] as const;
export type Impact = (typeof IMPACTS)[number];

const stems = (words: readonly string[]) => new Set(words.map((w) => stemWord(w)));

/** "can't", "cannot", "couldn't", "unable (to)"; "can not" is read as a modal and "not". */
const INABILITY = stems(['cant', 'couldnt', 'unable']);
const MODALS = stems(['can', 'could', 'able']);
/** The basic things people do with the service. */
const ACTIONS = stems(['log', 'login', 'logon', 'sign', 'signin', 'access', 'reach', 'connect', 'open', 'load', 'search', 'clone', 'push', 'pull', 'work']);
const PARTICLE_VERBS = stems(['log', 'sign']);
const IN_PARTICLES = stems(['in', 'on', 'into']);
/** What people must be able to do at all: "users can't open them" (some links) is not an outage. */
const CORE_ACTIONS = stems(['log', 'login', 'logon', 'sign', 'signin', 'access', 'reach', 'connect', 'work']);
/** The service unavailable. */
const UNAVAILABLE = stems(['down', 'unreachable', 'unavailable', 'unresponsive', 'unusable', 'offline', 'inaccessible']);
/** Something failing. */
const FAILING = stems(['fails', 'failing', 'failed', 'fail', 'broken', 'erroring', 'errors', 'error']);
/** The service as a whole. */
const SERVICE = stems(['production', 'prod', 'site', 'instance', 'service', 'platform', 'application', 'app', 'server', 'everything', 'website', 'portal']);
/** Plural people: "users can't reach it" with no qualifier means the users. */
const PEOPLE = stems(['users', 'developers', 'engineers', 'customers', 'people', 'employees', 'devs', 'colleagues', 'team', 'teams', 'company', 'org', 'everyone', 'everybody']);
/** Nobody, none, no one, no user: the negative scope, "none of our developers can log in". */
const NOBODY = stems(['nobody', 'none', 'noone']);
/** Quantifiers over everything: "every search", "all requests", "the whole company". */
const EVERY = stems(['every', 'all', 'entire', 'whole', 'any']);
/** What "every …" must count for a whole outage: people, pages, requests, searches, repositories. */
const UNITS = stems([
  'user', 'users', 'developer', 'developers', 'engineer', 'engineers', 'people', 'team', 'company', 'org', 'page', 'pages',
  'request', 'requests', 'search', 'searches', 'query', 'queries', 'repo', 'repos', 'repository', 'repositories', 'workspace',
  'workspaces', 'project', 'projects', 'customer', 'customers', 'endpoint', 'endpoints', 'call', 'calls', 'login', 'logins',
  'site', 'sites', 'instance', 'service', 'services', 'us',
]);
/** Words between a quantifier and its unit: "all of our users". */
const FILLERS = stems(['of', 'our', 'the', 'your', 'my', 'its', 'these', 'those']);
/** Words that make a state hypothetical: "a notification when the site goes down". */
const CONDITIONALS = stems(['when', 'whenever', 'if', 'unless', 'once']);
/** A past event: "yesterday our instance was down", the outage is over. */
const PAST_VERBS = stems(['was', 'were']);
const PAST_TIMES = stems(['yesterday', 'last', 'earlier', 'previous', 'previously']);
const MAJORITY = stems(['most', 'majority', 'half', 'many']);
const PARTIAL = stems([
  'some', 'few', 'several', 'one', 'single', 'certain', 'specific', 'only', 'couple', 'handful', 'except', 'else', 'sometimes',
  'occasionally', 'intermittently', 'intermittent', 'slow', 'slower', 'sync', 'syncing', 'synced',
]);
/** Sentences this long are not one statement: they are not read for impact. */
const MAX_SENTENCE_TOKENS = 60;

interface Sentence {
  tokens: readonly Token[];
  from: number;
  to: number;
}

function has(s: Sentence, set: ReadonlySet<string>): boolean {
  for (let i = s.from; i < s.to; i++) if (set.has(s.tokens[i]?.stem ?? '') && !s.tokens[i]?.negated) return true;
  return false;
}

/** An action within two tokens after `at`. */
function actionAfter(s: Sentence, at: number, actions: ReadonlySet<string> = ACTIONS): boolean {
  for (let k = at; k <= at + 2 && k < s.to; k++) {
    const stem = s.tokens[k]?.stem ?? '';
    if (!actions.has(stem)) continue;
    // "sign up" and "log a ticket" are not getting in: only "sign in", "log on", "log into".
    if (PARTICLE_VERBS.has(stem) && !IN_PARTICLES.has(s.tokens[k + 1]?.stem ?? '')) continue;
    return true;
  }
  return false;
}

/** "can't log in", "unable to reach", "could not connect". */
function statesInability(s: Sentence, actions: ReadonlySet<string> = ACTIONS): boolean {
  for (let i = s.from; i < s.to; i++) {
    const stem = s.tokens[i]?.negated ? '' : (s.tokens[i]?.stem ?? '');
    if (INABILITY.has(stem) && actionAfter(s, s.tokens[i + 1]?.stem === 'to' ? i + 2 : i + 1, actions)) return true;
    if (MODALS.has(stem) && s.tokens[i + 1]?.stem === 'not' && actionAfter(s, i + 2, actions)) return true;
  }
  return false;
}

/** "production is unreachable", "the site is down": the service named before its state, not in a "when …" clause. */
function statesServiceDown(s: Sentence): boolean {
  for (let i = s.from; i < s.to; i++) {
    if (!SERVICE.has(s.tokens[i]?.stem ?? '') || s.tokens[i]?.negated) continue;
    let conditional = false;
    for (let k = Math.max(s.from, i - 3); k < i; k++) if (CONDITIONALS.has(s.tokens[k]?.stem ?? '')) conditional = true;
    if (conditional) continue;
    for (let k = i + 1; k <= i + 5 && k < s.to; k++) {
      const token = s.tokens[k];
      if (token !== undefined && !token.negated && UNAVAILABLE.has(token.stem)) return true;
    }
  }
  return false;
}

/** "none of our developers can log in", "no one is able to sign in". */
function statesNobodyCan(s: Sentence): boolean {
  let nobody = false;
  for (let i = s.from; i < s.to; i++) {
    const stem = s.tokens[i]?.negated ? '' : (s.tokens[i]?.stem ?? '');
    if (NOBODY.has(stem) || (stem === 'no' && (s.tokens[i + 1]?.stem === 'on' || s.tokens[i + 1]?.stem === 'user'))) nobody = true;
    else if (nobody && MODALS.has(stem) && actionAfter(s, s.tokens[i + 1]?.stem === 'to' ? i + 2 : i + 1)) return true;
  }
  return false;
}

/** "every search", "all requests", "all of our users": a quantifier over a unit that matters. */
function quantifiesAll(s: Sentence): boolean {
  for (let i = s.from; i < s.to; i++) {
    if (!EVERY.has(s.tokens[i]?.stem ?? '') || s.tokens[i]?.negated) continue;
    let k = i + 1;
    while (k < s.to && k <= i + 3 && FILLERS.has(s.tokens[k]?.stem ?? '')) k++;
    if (UNITS.has(s.tokens[k]?.stem ?? '') && !s.tokens[k]?.negated) return true;
  }
  return false;
}

function partialIn(s: Sentence): boolean {
  for (let i = s.from; i < s.to; i++) {
    const stem = s.tokens[i]?.stem ?? '';
    // "no one" is nobody, not a single user.
    if (stem === 'no' && s.tokens[i + 1]?.stem === 'on') i++;
    else if (PARTIAL.has(stem)) return true;
  }
  return false;
}

function sentenceImpact(s: Sentence): Impact {
  if (s.to - s.from > MAX_SENTENCE_TOKENS) return 'none';
  // Each shape is read only while none before it has matched: most sentences state none.
  const statesOutage =
    statesNobodyCan(s) ||
    statesServiceDown(s) ||
    (quantifiesAll(s) && (has(s, FAILING) || has(s, UNAVAILABLE) || statesInability(s))) ||
    (has(s, PEOPLE) && statesInability(s, CORE_ACTIONS));
  if (!statesOutage) return 'none';
  if (has(s, PAST_VERBS) && has(s, PAST_TIMES)) return 'none';
  if (partialIn(s)) return 'partial';
  if (has(s, MAJORITY)) return 'majority';
  return 'total';
}

const RANK: Record<Impact, number> = { none: 0, partial: 1, majority: 2, total: 3 };

/** The widest impact any one sentence states. */
export function readImpact(...texts: readonly AnalyzedText[]): Impact {
  let widest: Impact = 'none';
  for (const text of texts) {
    let from = 0;
    for (let i = 1; i <= text.tokens.length; i++) {
      if (i < text.tokens.length && (text.breaks[i] ?? 0) < BREAK_SENTENCE) continue;
      const impact = sentenceImpact({ tokens: text.tokens, from, to: i });
      if (RANK[impact] > RANK[widest]) widest = impact;
      from = i;
    }
  }
  return widest;
}
