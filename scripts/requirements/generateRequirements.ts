// Reads the inputs of requirements.json from the repo: the default rulebook's macro library and
// the English request-type labels the sidebar shows, so the installed field says the same words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_RULEBOOK } from '../../src/rules/rulebook/defaultRulebook';
import { REQUEST_TYPES, type RequestType } from '../../src/rules/types';
import { buildRequirements, formatRequirements } from './buildRequirements';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const REQUIREMENTS_PATH = resolve(REPO_ROOT, 'requirements.json');

export function readRequestTypeLabels(): Record<RequestType, string> {
  const english: unknown = JSON.parse(
    readFileSync(resolve(REPO_ROOT, 'translations/en.json'), 'utf8'),
  );
  const labels = (english as { ui?: { requestTypes?: Record<string, unknown> } }).ui?.requestTypes;
  const result = {} as Record<RequestType, string>;
  for (const requestType of REQUEST_TYPES) {
    const label = labels?.[requestType];
    if (typeof label !== 'string' || label.trim() === '') {
      throw new Error(`translations/en.json has no ui.requestTypes.${requestType} label`);
    }
    result[requestType] = label;
  }
  return result;
}

/** The text requirements.json must have. */
export function generateRequirementsText(): string {
  return formatRequirements(
    buildRequirements(DEFAULT_RULEBOOK.macroLibrary, readRequestTypeLabels()),
  );
}
