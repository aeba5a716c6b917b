// Reads version numbers out of ticket text: the product's own version ("version 5.3.1", "v5.3",
// "on 5.3", "upgraded to 5.9") and the versions of components the policy cares about
// (Kubernetes, Docker, Compose, Postgres). "Kubernetes 1.27", "Postgres 12" or "Redis 7" must
// never be read as the product version, so every number is attributed to the nearest word before
// it, and numbers after other software names are dropped.
//
// The scanner is one linear pass over words and numbers (no backtracking patterns), so it stays
// fast on the capped cleaned text.

interface ScannedVersions {
  /** Product version candidates, strongest first. */
  product: string | null;
  kubernetes: string | null;
  docker: string | null;
  compose: string | null;
  postgres: string | null;
  affectedUserPercent: number | null;
}

type Component = 'kubernetes' | 'docker' | 'compose' | 'postgres';

const COMPONENT_WORDS: Record<string, Component> = {
  kubernetes: 'kubernetes',
  k8s: 'kubernetes',
  eks: 'kubernetes',
  gke: 'kubernetes',
  aks: 'kubernetes',
  kubectl: 'kubernetes',
  docker: 'docker',
  'docker-compose': 'compose',
  compose: 'compose',
  postgres: 'postgres',
  postgresql: 'postgres',
  pg: 'postgres',
  rds: 'postgres',
  psql: 'postgres',
};

/** Other software whose version numbers are not ours. */
const OTHER_SOFTWARE = new Set([
  'redis', 'python', 'python3', 'node', 'nodejs', 'java', 'jdk', 'go', 'golang', 'ruby', 'php', 'git',
  'ubuntu', 'debian', 'rhel', 'centos', 'alpine', 'linux', 'kernel', 'windows', 'macos', 'ios', 'android',
  'chrome', 'firefox', 'safari', 'edge', 'ie', 'intellij', 'vscode', 'jetbrains', 'nginx', 'openshift',
  'terraform', 'rke', 'istio', 'traefik', 'helm', 'tls', 'ssl', 'http', 'oauth', 'saml', 'gitlab', 'github',
  'bitbucket', 'gerrit', 'perforce', 'p4', 'jira', 'okta', 'elasticsearch', 'mysql', 'mongodb', 'java',
  'openssl', 'xz', 'xz-utils', 'glibc', 'curl', 'npm', 'yarn', 'k3s', 'minikube', 'ingress', 'cert-manager',
  'grafana', 'prometheus', 'jaeger', 'podman', 'wsl', 'cody', 'emacs', 'neovim', 'vim', 'xcode', 'sublime',
  'soc', 'type', 'iso', 'tier', 'step', 'section', 'chapter', 'page', 'line', 'cvss', 'cve', 'nist',
]);

/** Words between an anchor and its number that do not break the link ("on version 3.43"). */
const FILLERS = new Set(['version', 'ver', 'v', 'at', 'on', 'to', 'is', 'was', 'from', 'of', 'running', 'release',
  'the', 'currently', 'still', 'now', 'are', 'we', 'were', 'am', 'and', 'cluster', 'server', 'instance']);

/** Fillers and anchors that make a bare number a product version. */
const PRODUCT_CUES = new Set(['version', 'ver', 'v', 'on', 'to', 'from', 'running', 'release', 'sourcegraph',
  'sg', 'upgrade', 'upgraded', 'upgrading', 'downgrade', 'downgraded', 'instance', 'chart', 'patch', 'updated']);

const UNITS = new Set(['gb', 'gib', 'mb', 'mib', 'kb', 'tb', 'tib', 'ms', 's', 'sec', 'secs', 'second', 'seconds',
  'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'h', 'day', 'days', 'x', 'cpu', 'cpus', 'core', 'cores',
  'vcpu', 'vcpus', 'k', 'm', 'million', 'percent', 'times', 'weeks', 'repos', 'repositories', 'users', 'ghz']);

const USER_NOUNS = new Set(['users', 'user', 'developers', 'developer', 'engineers', 'engineer', 'people',
  'employees', 'devs', 'team', 'teams', 'org', 'company', 'staff']);

interface Piece {
  text: string;
  isNumber: boolean;
  /** Punctuation between the previous piece and this one breaks attribution. */
  brokenBefore: boolean;
  /** The character right after the piece. */
  next: string;
}

// Pieces are what /v?\d+(?:\.\d+)+|\d+|[a-z][a-z0-9_-]*/g (PIECE) finds in the lower-cased text:
// a dotted version ("v5.3.1"), a number, or a word.

const isDigit = (code: number) => code >= 48 && code <= 57;
const WHITESPACE = /\s/;

/** Punctuation between two pieces that ends the clause: , ; : ( ) [ ] ! ? a newline, or ". ". */
function breaksClause(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (lower.charCodeAt(i)) {
      case 44: case 59: case 58: case 40: case 41: case 91: case 93: case 33: case 63: case 10:
        return true;
      case 46:
        if (i + 1 < to && WHITESPACE.test(lower.charAt(i + 1))) return true;
    }
  }
  return false;
}

const isLetter = (code: number) => code >= 97 && code <= 122;

function digitsEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where the piece starting at `at` ends, or -1 when none starts there. The same as the first of
 * PIECE's alternatives that matches at `at` (hand-written: the regex's match objects were the
 * scanner's main cost).
 */
function pieceEnd(lower: string, at: number): number {
  const code = lower.charCodeAt(at);
  // v?\d+(?:\.\d+)+, then \d+ (only without the "v")
  const digitsFrom = code === 118 && isDigit(lower.charCodeAt(at + 1)) ? at + 1 : at;
  if (isDigit(lower.charCodeAt(digitsFrom))) {
    let end = digitsEnd(lower, digitsFrom);
    let dotted = false;
    while (lower.charCodeAt(end) === 46 && isDigit(lower.charCodeAt(end + 1))) {
      end = digitsEnd(lower, end + 1);
      dotted = true;
    }
    if (dotted || digitsFrom === at) return end;
  }
  // [a-z][a-z0-9_-]*
  if (!isLetter(code)) return -1;
  let end = at + 1;
  for (let c = lower.charCodeAt(end); isLetter(c) || isDigit(c) || c === 95 || c === 45; c = lower.charCodeAt(++end));
  return end;
}

function toPieces(lower: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (let start = 0; start < lower.length; ) {
    const end = pieceEnd(lower, start);
    if (end < 0) {
      start++;
      continue;
    }
    const text = lower.slice(start, end);
    const c0 = text.charCodeAt(0);
    pieces.push({
      text,
      isNumber: isDigit(c0) || (c0 === 118 && isDigit(text.charCodeAt(1))), // /^v?\d/
      brokenBefore: breaksClause(lower, last, start),
      next: lower.charAt(end),
    });
    last = end;
    start = end;
  }
  return pieces;
}

function plausibleProduct(version: string, currentMajor: number): boolean {
  const major = Number(version.split('.')[0]);
  return major >= 3 && major <= currentMajor + 1;
}

/** Scan one text. The first strong product candidate wins; a weak one only when plausible. */
export function scanVersions(text: string, currentMajor: number): ScannedVersions {
  const found: ScannedVersions = {
    product: null,
    kubernetes: null,
    docker: null,
    compose: null,
    postgres: null,
    affectedUserPercent: null,
  };
  // Every number piece holds a digit: text without one names no version and no share.
  if (!/\d/.test(text)) return found;
  let weakProduct: string | null = null;
  const pieces = toPieces(text.toLowerCase());

  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (!piece.isNumber) continue;
    const value = piece.text.replace(/^v/, '');
    const parts = value.split('.');
    const following = pieces[i + 1];

    // "70% of users", "70 percent of our developers"
    if (parts.length === 1 && (piece.next === '%' || following?.text === 'percent')) {
      const share = Number(value);
      const nextWords = pieces.slice(i + 1, i + 6).map((p) => p.text);
      if (share <= 100 && nextWords.some((w) => USER_NOUNS.has(w))) {
        found.affectedUserPercent = Math.max(found.affectedUserPercent ?? 0, share);
      }
      continue;
    }
    if (parts.length > 3 || piece.next === '%' || piece.next === '$') continue;
    if (following && !following.brokenBefore && UNITS.has(following.text)) continue;

    // Walk back to the anchor: the nearest word that is not a filler, within the same clause.
    let strong = piece.text.startsWith('v');
    let anchor: string | null = null;
    for (let j = i, steps = 0; j > 0 && steps < 4; j--, steps++) {
      if (pieces[j]!.brokenBefore) break;
      const before = pieces[j - 1]!;
      if (before.isNumber) {
        anchor = '#';
        break;
      }
      if (PRODUCT_CUES.has(before.text)) strong = true;
      if (!FILLERS.has(before.text)) {
        anchor = before.text;
        break;
      }
    }
    const component = anchor === null ? undefined : COMPONENT_WORDS[anchor];
    if (component) {
      if (found[component] === null && (parts.length >= 2 || component === 'postgres')) found[component] = value;
      continue;
    }
    if (anchor !== null && OTHER_SOFTWARE.has(anchor)) continue;
    if (parts.length < 2) continue;
    if (strong && found.product === null && plausibleProduct(value, currentMajor + 3)) found.product = value;
    else if (!strong && weakProduct === null && plausibleProduct(value, currentMajor)) weakProduct = value;
  }
  found.product ??= weakProduct;
  return found;
}
