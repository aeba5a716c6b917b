// Maps the installation's settings (manifest parameters, as `metadata().settings`) onto the
// engine's configuration. Admins type these by hand, so every value is read tolerantly: numbers
// may come as strings, blanks mean "use the default", and anything unusable falls back to the
// default with a plain-words problem the panel can show. Each value is checked, and the config
// built, by the engine's readEngineConfig (CONFIG_LIMITS, DEFAULT_CONFIG): the dry run's --config
// reader, so a dry run reproduces the sidebar.
import { CONFIG_LIMITS } from '../rules/configLimits';
import { isOneOf } from '../rules/isOneOf';
import { DEFAULT_CONFIG } from '../rules/defaultConfig';
import { readEngineConfig } from '../rules/readEngineConfig';
import type { EngineConfig, FactSource } from '../rules/types';
import type { UserMessage } from './errors';
import type { ZafMetadata } from './ZendeskClient';

export const SAVE_CHECK_MODES = ['off', 'warn', 'block'] as const;
export type SaveCheckMode = (typeof SAVE_CHECK_MODES)[number];

export interface AppSettings {
  config: EngineConfig;
  saveCheckMode: SaveCheckMode;
  /** Block mode's "Save anyway" also adds the agent's reason to the ticket as an internal note. */
  saveOverrideNote: boolean;
  /** The raw rulebook override JSON, when one is set. */
  rulebookOverride?: string;
  /** Ticket custom field ids the engine reads, for the batched `get`. */
  customFieldIds: string[];
  /** Settings that were ignored: words for the agent (a translation key), `message` in English for the console. */
  problems: SettingsProblem[];
}

/** One ignored setting: the panel says it with t(key, vars); `message` is the same in English. */
export interface SettingsProblem extends UserMessage {
  vars: Record<string, string | number>;
  message: string;
}

function organizationKey(sources: readonly FactSource[]): string {
  for (const source of sources) if (source.from === 'organization_field') return source.key;
  return '';
}

/** The settings' defaults, from the engine's DEFAULT_CONFIG; manifest.json `parameters[].default` must match. */
export const SETTING_DEFAULTS = {
  planOrganizationField: organizationKey(DEFAULT_CONFIG.plan),
  deploymentOrganizationField: organizationKey(DEFAULT_CONFIG.deployment),
  assignedCeOrganizationField: organizationKey(DEFAULT_CONFIG.assignedCe),
  currentMajorVersion: DEFAULT_CONFIG.currentMajorVersion,
  maxSuggestions: DEFAULT_CONFIG.maxSuggestions,
  scheduleTimeZone: DEFAULT_CONFIG.scheduleTimeZone,
  saveCheckMode: 'warn' as SaveCheckMode,
  saveOverrideNote: false,
};

/** Whether the engine's reader takes this piece of configuration without a problem. */
function accepted(json: Record<string, unknown>): boolean {
  return readEngineConfig(json).problems.length === 0;
}

export function readSettings(metadata: ZafMetadata | null | undefined): AppSettings {
  const problems: SettingsProblem[] = [];
  const report = (key: string, vars: Record<string, string | number>, message: string) =>
    problems.push({ key: `ui.settings.problems.${key}`, vars, message });
  const raw = metadata && typeof metadata === 'object' ? metadata.settings : undefined;
  const settings: Record<string, unknown> =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};

  // Missing and blank read as null; other non-text values are reported once and read as null.
  const readText = (name: string): string | null => {
    const value = settings[name];
    const result = asText(value);
    if (result === null && value !== undefined && value !== null && typeof value !== 'string') {
      report(
        'unusableValue',
        { name, type: typeof value },
        `Setting "${name}" has an unusable value (${typeof value}); it is ignored.`,
      );
    }
    return result;
  };
  const fieldId = (name: string): string | null => {
    const text = readText(name);
    if (text === null) return null;
    if (accepted({ requestType: [{ from: 'custom_field', id: text }] })) return text;
    report(
      'fieldId',
      { name, value: clip(text) },
      `Setting "${name}" must be a ticket field id (digits only); got "${clip(text)}", so it is ignored.`,
    );
    return null;
  };
  const fieldKey = (
    name: 'planOrganizationField' | 'deploymentOrganizationField' | 'assignedCeOrganizationField',
  ): string => {
    const fallback = SETTING_DEFAULTS[name];
    const text = readText(name);
    if (text === null) return fallback;
    if (accepted({ plan: [{ from: 'organization_field', key: text }] })) return text;
    report(
      'organizationKey',
      { name, value: clip(text), fallback },
      `Setting "${name}" must be an organization field key (letters, digits, _ or -); got "${clip(text)}", so "${fallback}" is used.`,
    );
    return fallback;
  };
  const tagPrefix = (
    name: 'planOrganizationTagPrefix' | 'assignedCeOrganizationTagPrefix',
  ): string | null => {
    const text = readText(name);
    if (text === null) return null;
    if (accepted({ plan: [{ from: 'organization_tag_prefix', prefix: text }] })) return text;
    report(
      'tagPrefix',
      { name, value: clip(text) },
      `Setting "${name}" must be the start of a tag (no spaces or commas); got "${clip(text)}", so it is ignored.`,
    );
    return null;
  };
  const wholeNumber = (name: 'currentMajorVersion' | 'maxSuggestions'): number => {
    const fallback = SETTING_DEFAULTS[name];
    const { min, max } = CONFIG_LIMITS[name];
    const text = readText(name);
    if (text === null) return fallback;
    const number = Number(text);
    if (accepted({ [name]: number })) return number;
    report(
      'wholeNumber',
      { name, min, max, value: clip(text), fallback },
      `Setting "${name}" must be a whole number from ${min} to ${max}; got "${clip(text)}", so ${fallback} is used.`,
    );
    return fallback;
  };

  const scheduleTimeZone = (): string => {
    const fallback = SETTING_DEFAULTS.scheduleTimeZone;
    const text = readText('scheduleTimeZone');
    if (text === null) return fallback;
    if (accepted({ scheduleTimeZone: text })) return text;
    report(
      'timeZone',
      { value: clip(text), fallback },
      `Setting "scheduleTimeZone" must be a time zone name such as America/Los_Angeles; got "${clip(text)}", so "${fallback}" is used.`,
    );
    return fallback;
  };
  // One date per entry, separated by commas, semicolons or white space (a multiline box).
  const holidays = (): string[] => {
    const text = readText('holidays');
    if (text === null) return [];
    const entries = text.split(/[\s,;]+/).filter((entry) => entry !== '');
    const { max } = CONFIG_LIMITS.holidays;
    if (entries.length > max) {
      report('holidaysTooMany', { max }, `Setting "holidays" lists more than ${max} dates; no holidays are used.`);
      return [];
    }
    return entries.filter((entry) => {
      if (accepted({ holidays: [entry] })) return true;
      report(
        'holiday',
        { value: clip(entry) },
        `Setting "holidays" holds "${clip(entry)}", which is not a date written YYYY-MM-DD; that entry is ignored.`,
      );
      return false;
    });
  };

  const requestTypeFieldId = fieldId('requestTypeFieldId');
  const deploymentFieldId = fieldId('deploymentFieldId');
  const productVersionFieldId = fieldId('productVersionFieldId');

  // A custom field on the ticket is more specific than the organization's field, so it goes
  // first; organization tags (issue 4 §7) are read when the organization field has no value.
  const sources = (
    customFieldId: string | null,
    organizationKey?: string,
    organizationTagPrefix?: string | null,
  ): FactSource[] => [
    ...(customFieldId ? [{ from: 'custom_field' as const, id: customFieldId }] : []),
    ...(organizationKey ? [{ from: 'organization_field' as const, key: organizationKey }] : []),
    ...(organizationTagPrefix
      ? [{ from: 'organization_tag_prefix' as const, prefix: organizationTagPrefix }]
      : []),
  ];

  // The settings in the engine's own terms: what a dry run's --config file would hold.
  const { config } = readEngineConfig({
    requestType: sources(requestTypeFieldId),
    plan: sources(null, fieldKey('planOrganizationField'), tagPrefix('planOrganizationTagPrefix')),
    deployment: sources(deploymentFieldId, fieldKey('deploymentOrganizationField')),
    productVersion: sources(productVersionFieldId),
    assignedCe: sources(
      null,
      fieldKey('assignedCeOrganizationField'),
      tagPrefix('assignedCeOrganizationTagPrefix'),
    ),
    currentMajorVersion: wholeNumber('currentMajorVersion'),
    maxSuggestions: wholeNumber('maxSuggestions'),
    scheduleTimeZone: scheduleTimeZone(),
    holidays: holidays(),
  } satisfies EngineConfig);

  let saveCheckMode = SETTING_DEFAULTS.saveCheckMode;
  const modeText = readText('saveCheckMode');
  if (modeText !== null) {
    const mode = modeText.toLowerCase();
    if (isOneOf(SAVE_CHECK_MODES, mode)) saveCheckMode = mode;
    else
      report(
        'saveCheckMode',
        { value: clip(modeText), fallback: saveCheckMode },
        `Setting "saveCheckMode" must be off, warn or block; got "${clip(modeText)}", so "${saveCheckMode}" is used.`,
      );
  }

  // A checkbox setting: Zendesk sends a boolean; hand-made settings may say "true" or "false".
  let saveOverrideNote = SETTING_DEFAULTS.saveOverrideNote;
  const noteSetting = settings.saveOverrideNote;
  if (typeof noteSetting === 'boolean') saveOverrideNote = noteSetting;
  else if (noteSetting !== undefined && noteSetting !== null && noteSetting !== '') {
    const word = typeof noteSetting === 'string' ? noteSetting.trim().toLowerCase() : null;
    if (word === 'true' || word === 'false') saveOverrideNote = word === 'true';
    else
      report(
        'saveOverrideNote',
        { value: clip(String(noteSetting)) },
        `Setting "saveOverrideNote" must be true or false; got "${clip(String(noteSetting))}", so no note is added.`,
      );
  }

  let rulebookOverride: string | undefined;
  const override = settings.rulebookOverride;
  if (typeof override === 'string') {
    if (override.trim() !== '') rulebookOverride = override;
  } else if (override !== undefined && override !== null) {
    report('rulebookOverride', {}, 'Setting "rulebookOverride" must be JSON text; it is ignored.');
  }

  const customFieldIds = [
    ...new Set(
      [requestTypeFieldId, deploymentFieldId, productVersionFieldId].filter(
        (id): id is string => id !== null,
      ),
    ),
  ];

  return {
    config,
    saveCheckMode,
    saveOverrideNote,
    ...(rulebookOverride === undefined ? {} : { rulebookOverride }),
    customFieldIds,
    problems,
  };
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
