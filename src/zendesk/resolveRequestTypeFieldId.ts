import type { RequirementsLookup } from './createRequirementsLookup';
import type { AppSettings } from './readSettings';

/**
 * The Request type field Apply triage fills in: the `requestTypeFieldId` setting when an admin
 * set one, else the field the installation created; null when there is neither. Never rejects.
 */
export async function resolveRequestTypeFieldId(
  settings: Pick<AppSettings, 'config'>,
  requirements: RequirementsLookup,
): Promise<string | null> {
  const configured = settings.config.requestType.find((source) => source.from === 'custom_field');
  if (configured && configured.from === 'custom_field') return configured.id;
  return requirements.requestTypeFieldId();
}
