// Reads zcli's `/app.json` the way Zendesk does with `?zcli_apps=true`: the sidebar location's URL
// under the app's asset prefix, and the installation settings (an array of one-key objects).

export interface LocalApp {
  appUrl: string;
  metadata: Record<string, unknown>;
}

interface AppJson {
  apps?: {
    id?: string | number;
    name?: string;
    version?: string;
    asset_url_prefix?: string;
    locations?: { support?: { ticket_sidebar?: { url?: string } | string } };
  }[];
  installations?: { app_id?: string | number; id?: string | number; settings?: Record<string, unknown>[]; plan?: unknown }[];
}

export function localAppFromAppJson(json: unknown): LocalApp {
  const appJson = json as AppJson;
  const app = appJson.apps?.[0];
  if (!app || typeof app.asset_url_prefix !== 'string') throw new Error('app.json lists no app with an asset_url_prefix');
  const location = app.locations?.support?.ticket_sidebar;
  const locationUrl = typeof location === 'string' ? location : location?.url;
  if (typeof locationUrl !== 'string') throw new Error('the app has no support ticket_sidebar location');

  // Relative location URLs start with assets/ and live under the asset prefix (…/<app_id>/assets/).
  const appUrl = /^https?:\/\//.test(locationUrl)
    ? locationUrl
    : new URL(locationUrl.replace(/^assets\//, ''), app.asset_url_prefix).toString();

  const installation = appJson.installations?.find((candidate) => String(candidate.app_id) === String(app.id)) ?? appJson.installations?.[0];
  const settings: Record<string, unknown> = {};
  for (const entry of installation?.settings ?? []) Object.assign(settings, entry);

  return {
    appUrl,
    metadata: {
      appId: Number(app.id ?? 0),
      installationId: numberOr(installation?.id),
      name: app.name,
      version: app.version,
      settings,
      plan: installation?.plan === undefined ? undefined : { name: installation.plan },
    },
  };
}

function numberOr(value: unknown): unknown {
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}
