// Which organization custom fields the sidebar reads. ZAF has no map of them: each is its own
// path (`ticket.organization.customField:<key>`), so the keys must be known before the read.
import type { FactSource } from '../rules/types';
import type { AppSettings } from './readSettings';

/** Field names are short identifiers; anything else in an override is not a field key. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RULE_FIELD_PREFIX = 'organization.fields.';
/** A rulebook override is admin input: scan a bounded amount of it. */
const MAX_SCANNED_NODES = 50_000;

/**
 * The keys the engine can ask for: the settings' organization field sources (plan, deployment,
 * assigned CE) and every `organization.fields.<key>` a rulebook override's conditions name.
 */
export function organizationFieldKeys(
  settings: Pick<AppSettings, 'config'> & Partial<Pick<AppSettings, 'rulebookOverride'>>,
): string[] {
  const keys = new Set<string>();
  const { config } = settings;
  const lists: readonly FactSource[][] = [
    config.plan,
    config.deployment,
    config.assignedCe,
    config.requestType,
    config.productVersion,
  ];
  for (const sources of lists)
    for (const source of sources)
      if (source.from === 'organization_field' && KEY_PATTERN.test(source.key)) keys.add(source.key);
  for (const key of keysInOverride(settings.rulebookOverride)) keys.add(key);
  return [...keys];
}

function keysInOverride(override: string | undefined): string[] {
  if (!override) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(override);
  } catch {
    return []; // the rulebook validator reports it; the default rulebook reads no such field
  }
  const keys: string[] = [];
  const stack: unknown[] = [parsed];
  for (let visited = 0; stack.length > 0 && visited < MAX_SCANNED_NODES; visited++) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const field = (node as Record<string, unknown>).field;
      if (typeof field === 'string' && field.startsWith(RULE_FIELD_PREFIX)) {
        const key = field.slice(RULE_FIELD_PREFIX.length);
        if (KEY_PATTERN.test(key)) keys.push(key);
      }
      stack.push(...Object.values(node));
    }
  }
  return keys;
}
