/**
 * The performance mark the panel sets once per page when an assessment is first on screen: the
 * browser tests and the start-up benchmark read it.
 */
export const ASSESSMENT_SHOWN_MARK = 'triage:assessment-shown';
