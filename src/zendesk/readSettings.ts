// Maps the installation's settings (manifest parameters, as `metadata().settings`) onto the
// engine's configuration. Admins type these by hand, so every value is read tolerantly: numbers
// may come as strings, blanks mean "use the default", and anything unusable falls back to the
// default with a plain-words problem the panel can show.
import type { EngineConfig, FactSource } from '../rules/types';
import type { ZafMetadata } from './ZendeskClient';

export const SAVE_CHECK_MODES = ['off', 'warn', 'block'] as const;
export type SaveCheckMode = (typeof SAVE_CHECK_MODES)[number];

export interface AppSettings {
  config: EngineConfig;
  saveCheckMode: SaveCheckMode;
  /** The raw rulebook override JSON, when one is set. */
  rulebookOverride?: string;
  /** Ticket custom field ids the engine reads, for the batched `get`. */
  customFieldIds: string[];
  /** Settings that were ignored, in plain words. */
  problems: string[];
}

/** The manifest's defaults; kept in step with manifest.json `parameters[].default`. */
export const SETTING_DEFAULTS = {
  planOrganizationField: 'support_plan',
  deploymentOrganizationField: 'deployment',
  assignedCeOrganizationField: 'customer_engineer',
  currentMajorVersion: 6,
  maxSuggestions: 3,
  saveCheckMode: 'warn' as SaveCheckMode,
};

const MAX_SUGGESTIONS_LIMIT = 10;
const MAX_MAJOR_VERSION = 1000;
// Zendesk field ids are positive integers; organization field keys are letters, digits, _ and -.
const FIELD_ID = /^[1-9][0-9]{0,19}$/;
const FIELD_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export function readSettings(metadata: ZafMetadata | null | undefined): AppSettings {
  const problems: string[] = [];
  const raw = metadata && typeof metadata === 'object' ? metadata.settings : undefined;
  const settings: Record<string, unknown> = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};

  // Missing and blank read as null; other non-text values are reported once and read as null.
  const readText = (name: string): string | null => {
    const value = settings[name];
    const result = asText(value);
    if (result === null && value !== undefined && value !== null && typeof value !== 'string') {
      problems.push(`Setting "${name}" has an unusable value (${typeof value}); it is ignored.`);
    }
    return result;
  };
  const fieldId = (name: string): string | null => {
    const text = readText(name);
    if (text === null) return null;
    if (FIELD_ID.test(text)) return text;
    problems.push(`Setting "${name}" must be a ticket field id (digits only); got "${clip(text)}", so it is ignored.`);
    return null;
  };
  const fieldKey = (name: keyof typeof SETTING_DEFAULTS): string => {
    const fallback = String(SETTING_DEFAULTS[name]);
    const text = readText(name);
    if (text === null) return fallback;
    if (FIELD_KEY.test(text)) return text;
    problems.push(`Setting "${name}" must be an organization field key (letters, digits, _ or -); got "${clip(text)}", so "${fallback}" is used.`);
    return fallback;
  };
  const wholeNumber = (name: 'currentMajorVersion' | 'maxSuggestions', min: number, max: number): number => {
    const fallback = SETTING_DEFAULTS[name];
    const text = readText(name);
    if (text === null) return fallback;
    const number = Number(text);
    if (Number.isInteger(number) && number >= min && number <= max) return number;
    problems.push(`Setting "${name}" must be a whole number from ${min} to ${max}; got "${clip(text)}", so ${fallback} is used.`);
    return fallback;
  };

  const requestTypeFieldId = fieldId('requestTypeFieldId');
  const deploymentFieldId = fieldId('deploymentFieldId');
  const productVersionFieldId = fieldId('productVersionFieldId');

  // A custom field on the ticket is more specific than the organization's field, so it goes first.
  const sources = (customFieldId: string | null, organizationKey?: string): FactSource[] => [
    ...(customFieldId ? [{ from: 'custom_field' as const, id: customFieldId }] : []),
    ...(organizationKey ? [{ from: 'organization_field' as const, key: organizationKey }] : []),
  ];

  const config: EngineConfig = {
    requestType: sources(requestTypeFieldId),
    plan: sources(null, fieldKey('planOrganizationField')),
    deployment: sources(deploymentFieldId, fieldKey('deploymentOrganizationField')),
    productVersion: sources(productVersionFieldId),
    assignedCe: sources(null, fieldKey('assignedCeOrganizationField')),
    currentMajorVersion: wholeNumber('currentMajorVersion', 1, MAX_MAJOR_VERSION),
    maxSuggestions: wholeNumber('maxSuggestions', 1, MAX_SUGGESTIONS_LIMIT),
  };

  let saveCheckMode = SETTING_DEFAULTS.saveCheckMode;
  const modeText = readText('saveCheckMode');
  if (modeText !== null) {
    const mode = modeText.toLowerCase();
    if ((SAVE_CHECK_MODES as readonly string[]).includes(mode)) saveCheckMode = mode as SaveCheckMode;
    else problems.push(`Setting "saveCheckMode" must be off, warn or block; got "${clip(modeText)}", so "${saveCheckMode}" is used.`);
  }

  let rulebookOverride: string | undefined;
  const override = settings.rulebookOverride;
  if (typeof override === 'string') {
    if (override.trim() !== '') rulebookOverride = override;
  } else if (override !== undefined && override !== null) {
    problems.push('Setting "rulebookOverride" must be JSON text; it is ignored.');
  }

  const customFieldIds = [
    ...new Set([requestTypeFieldId, deploymentFieldId, productVersionFieldId].filter((id): id is string => id !== null)),
  ];

  return { config, saveCheckMode, ...(rulebookOverride === undefined ? {} : { rulebookOverride }), customFieldIds, problems };
}

/** A trimmed string for strings and finite numbers; null for blanks, missing and other types. */
function asText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
