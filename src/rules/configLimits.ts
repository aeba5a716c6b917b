// The one set of limits for an engine configuration, whoever reads it: the dry run's --config file
// and the sidebar's app settings both go through readEngineConfig, so an admin's dry run accepts
// and refuses exactly what the sidebar does. The defaults are DEFAULT_CONFIG.

export const CONFIG_LIMITS = {
  currentMajorVersion: { min: 1, max: 1000 },
  maxSuggestions: { min: 1, max: 10 },
  /** Ten years of public holidays fit easily; a list this long is a mistake, not a calendar. */
  holidays: { max: 500 },
} as const;

/** A holiday: a local calendar date "YYYY-MM-DD" (checked for a real date by readEngineConfig). */
export const HOLIDAY_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An IANA zone name such as "America/Los_Angeles" or "UTC" (Intl must know it too). */
export const TIME_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/** Zendesk ticket field ids are positive integers. */
export const FIELD_ID = /^[1-9][0-9]{0,19}$/;
/** Organization field keys: letters, digits, _ and -. */
export const FIELD_KEY = /^[A-Za-z0-9_-]{1,64}$/;
/** Zendesk tags hold no spaces or commas. */
export const TAG_PREFIX = /^[^\s,]{1,64}$/;
