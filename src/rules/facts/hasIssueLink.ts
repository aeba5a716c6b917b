// A link to an issue tracker in the conversation suggests a filed defect (§16 defect macros).

/** Trackers whose every link is an issue. */
const TRACKER_HOSTS = ['atlassian.net/browse/', 'linear.app/'] as const;
/** Code hosts, where only issue or pull-request paths count. */
const CODE_HOSTS = ['github.com/', 'gitlab.com/'] as const;
const ISSUE_PATHS = ['/issues/', '/pull/', '/merge_requests/'] as const;

export function hasIssueLink(text: string): boolean {
  // Every host and path above holds a '/': text without one needs no lower-casing.
  if (!text.includes('/')) return false;
  const lower = text.toLowerCase();
  if (TRACKER_HOSTS.some((host) => lower.includes(host))) return true;
  return CODE_HOSTS.some((host) => lower.includes(host)) && ISSUE_PATHS.some((path) => lower.includes(path));
}

/**
 * The first issue-tracker link in the text, as written (trailing punctuation dropped), for the
 * `{{issueLink}}` macro slot; null when there is none. Only http(s) links count.
 */
export function findIssueLink(text: string): string | null {
  if (!text.includes('/')) return null;
  for (const word of text.split(/\s+/)) {
    const link = word.replace(/^[(<"']+/, '').replace(/[)>"'.,;:!?]+$/, '');
    const lower = link.toLowerCase();
    if (!lower.startsWith('https://') && !lower.startsWith('http://')) continue;
    if (TRACKER_HOSTS.some((host) => lower.includes(host))) return link;
    if (CODE_HOSTS.some((host) => lower.includes(host)) && ISSUE_PATHS.some((path) => lower.includes(path))) return link;
  }
  return null;
}
