// Ticket statuses some default macros set, where support-policy.md says so. They live here rather
// than in the rulebook because only the installed Zendesk macro can change the status; the
// sidebar's composer fallback never does.
export type MacroStatus = 'open' | 'pending' | 'hold' | 'solved';

export const MACRO_STATUSES: Readonly<Record<string, MacroStatus>> = {
  // §1 "No action for CS: apply no-action-for-cs, write down why, submit as Solved."
  'no-action-for-cs': 'solved',
  // §16 defect-filed-on-hold: "a confirmed defect with no fix yet; set the status to on-hold."
  'defect-filed-on-hold': 'hold',
};
