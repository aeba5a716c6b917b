import type { Plan } from './types';

// Accounts spell plans in many ways ("Enterprise", "enterprise_premium", "Team"). The words are
// matched on a lower-cased, separator-free form so "Other paid" and "other-paid" agree.
const PLAN_SPELLINGS: ReadonlyArray<[Plan, readonly string[]]> = [
  ['premium', ['premium', 'enterprisepremium', 'premiumsupport', 'enterprisewithpremium']],
  ['enterprise', ['enterprise', 'enterpriseplus', 'elite', 'enterprise24x5']],
  ['other_paid', ['otherpaid', 'paid', 'team', 'business', 'starter', 'enterprisestarter', 'pro', 'standard']],
  ['trial', ['trial', 'prospect', 'poc', 'evaluation', 'presales', 'presale']],
  ['unknown', ['unknown', 'custom', 'none', 'free', 'opensource']],
];

/** A plan value from the account, or null when the value is not one we know. */
export function normalizePlan(raw: string): Plan | null {
  const key = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === '') return null;
  for (const [plan, spellings] of PLAN_SPELLINGS) {
    if (spellings.includes(key)) return plan;
  }
  return null;
}
