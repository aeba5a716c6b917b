// The ids of what installing the app created (requirements.json): macros and the Request type
// field, read once per session from the installation's requirements list. Local zcli serves no
// requirements (404), and an app without an installation id has none to ask for; both, and any
// failure, read as "nothing installed", so callers fall back to title lookup and settings.
import { REQUEST_TYPE_FIELD_IDENTIFIER } from '../rules/requirements/requirementIdentifier';
import { nextPageUrl } from './nextPageUrl';
import { requestOnceMore } from './requestOnceMore';
import type { ZendeskClient } from './ZendeskClient';

interface InstalledRequirements {
  /** requirements.json macro identifier (e.g. `no_action_for_cs`) → macro id. */
  macros: ReadonlyMap<string, number>;
  /** requirements.json ticket field identifier → ticket field id. */
  ticketFields: ReadonlyMap<string, number>;
}

export interface RequirementsLookup {
  /** Loads on the first call, then answers from the cache. Never rejects. */
  load(): Promise<InstalledRequirements>;
  /** The installed Request type field's id, or null. Never rejects. */
  requestTypeFieldId(): Promise<string | null>;
}

const NOTHING_INSTALLED: InstalledRequirements = {
  macros: new Map(),
  ticketFields: new Map(),
};

/** Later pages must stay under this path. */
const REQUIREMENTS_PATH = '/api/v2/apps/installations/';

const requirementsUrl = (installationId: number): string =>
  `${REQUIREMENTS_PATH}${installationId}/requirements`;

/** A list of one page should do (25 macros, one field); this only stops a looping next link. */
const MAX_PAGES = 20;

export function createRequirementsLookup(
  client: ZendeskClient,
  installationId: unknown,
): RequirementsLookup {
  let cached: Promise<InstalledRequirements> | null = null;
  const id =
    typeof installationId === 'number' && Number.isSafeInteger(installationId) && installationId > 0
      ? installationId
      : null;

  const load = () => {
    cached ??=
      id === null
        ? Promise.resolve(NOTHING_INSTALLED)
        : loadRequirements(client, id).catch(() => NOTHING_INSTALLED);
    return cached;
  };
  return {
    load,
    async requestTypeFieldId() {
      const fieldId = (await load()).ticketFields.get(REQUEST_TYPE_FIELD_IDENTIFIER);
      return fieldId === undefined ? null : String(fieldId);
    },
  };
}

async function loadRequirements(
  client: ZendeskClient,
  installationId: number,
): Promise<InstalledRequirements> {
  const macros = new Map<string, number>();
  const ticketFields = new Map<string, number>();
  const seen = new Set<string>();
  let url: string | null = requirementsUrl(installationId);
  for (let page = 0; url && page < MAX_PAGES; page++) {
    seen.add(url);
    const body = await requestOnceMore(client, url);
    const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const items = Array.isArray(record.requirements) ? (record.requirements as unknown[]) : [];
    for (const item of items) {
      const requirement = readRequirement(item);
      if (!requirement) continue;
      const target =
        requirement.type === 'macros'
          ? macros
          : requirement.type === 'ticket_fields'
            ? ticketFields
            : null;
      if (target && !target.has(requirement.identifier))
        target.set(requirement.identifier, requirement.id);
    }
    const next = nextPageUrl(record, REQUIREMENTS_PATH);
    url = next && !seen.has(next) ? next : null;
  }
  return { macros, ticketFields };
}

/** `{identifier, requirement_id, requirement_type}`, as Zendesk lists them; anything else is skipped. */
function readRequirement(item: unknown): { identifier: string; id: number; type: string } | null {
  if (!item || typeof item !== 'object') return null;
  const {
    identifier,
    requirement_id: rawId,
    requirement_type: type,
  } = item as Record<string, unknown>;
  const id = typeof rawId === 'string' && /^[1-9][0-9]{0,15}$/.test(rawId) ? Number(rawId) : rawId;
  if (typeof identifier !== 'string' || typeof type !== 'string') return null;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return null;
  return { identifier, id, type };
}
