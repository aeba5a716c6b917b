/** The mark the baseline page sets once the subject is on screen (the app's is 'triage:assessment-shown'). */
export const BASELINE_SHOWN_MARK = 'baseline:subject-shown';
