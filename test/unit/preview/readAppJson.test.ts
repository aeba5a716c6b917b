// The host finds the app the way Zendesk does with ?zcli_apps=true: from zcli's /app.json.
import { localAppFromAppJson } from '../../../preview/host/readAppJson';

// Shape copied from a real `zcli apps:server dist` run (zcli 1.0.1).
const APP_JSON = {
  apps: [
    {
      name: 'Triage Assistant',
      id: '1',
      default_locale: 'en',
      asset_url_prefix: 'http://localhost:4567/1/assets/',
      version: '0.1.0',
      framework_version: '2.0',
      locations: { support: { ticket_sidebar: { url: 'assets/index.html', flexible: true } } },
    },
  ],
  installations: [
    {
      app_id: '1',
      name: 'Triage Assistant',
      id: 1,
      requirements: [],
      settings: [{ title: 'Triage Assistant' }, { saveCheckMode: 'warn' }, { maxSuggestions: 3 }],
    },
  ],
};

describe('localAppFromAppJson', () => {
  it('puts the sidebar URL under the asset prefix and flattens the settings', () => {
    const app = localAppFromAppJson(APP_JSON);
    expect(app.appUrl).toBe('http://localhost:4567/1/assets/index.html');
    expect(app.metadata).toMatchObject({
      appId: 1,
      installationId: 1,
      name: 'Triage Assistant',
      version: '0.1.0',
      settings: { title: 'Triage Assistant', saveCheckMode: 'warn', maxSuggestions: 3 },
    });
  });

  it('explains an app.json without a sidebar app', () => {
    expect(() => localAppFromAppJson({ apps: [] })).toThrow(/asset_url_prefix/);
  });
});
