// Boots the preview: finds zcli's app server, reads its /app.json and the sample tickets, then
// opens a ticket with the app in the sidebar. URL options: ?ticket=<id>&locale=de&setting.<name>=<value>.
import { localAppFromAppJson } from '../host/readAppJson';
import { parseSampleTickets } from '../host/SampleTicket';
import { SAMPLE_CLOCK, shiftSampleDates } from '../host/shiftSampleDates';
import { PreviewSession } from './PreviewSession';
import { renderTicketList } from './renderTicketList';
import { renderSettings } from './renderSettings';
import { createPreviewApi } from './PreviewApi';

async function boot(): Promise<void> {
  const config = (await fetchJson('/preview-config.json')) as { zcliUrl?: string };
  const zcliUrl = config.zcliUrl ?? 'http://localhost:4567';
  const [appJson, samplesText] = await Promise.all([
    fetchJson(`${zcliUrl}/app.json`).catch((error: unknown) => {
      throw new Error(`Could not read ${zcliUrl}/app.json: is zcli apps:server running? (${String(error)})`);
    }),
    fetch('/samples/tickets.jsonl').then((response) => response.text()),
  ]);
  const app = localAppFromAppJson(appJson);
  const params = new URLSearchParams(window.location.search);
  // Dates relative to today (or to ?today=<ISO instant>), so no sample ages while the repo sits.
  const startedAt = new Date(params.get('today') ?? Date.now());
  const today = Number.isNaN(startedAt.getTime()) ? new Date() : startedAt;
  const samples = shiftSampleDates(parseSampleTickets(samplesText), today);
  byId('sample-clock').textContent =
    `Sample dates are shifted so that today (${today.toISOString().slice(0, 10)}) plays ${SAMPLE_CLOCK.slice(0, 10)}, the day they were written for: every ticket keeps its age.`;

  let markCurrent: (id: number) => void = () => undefined;
  const session = new PreviewSession({
    app,
    samples,
    ticketView: byId('ticket-view'),
    frameContainer: byId('app-frame-container'),
    onTicketChange: (id) => markCurrent(id),
  });
  markCurrent = renderTicketList(byId('ticket-list'), samples, (id) => session.loadTicket(id));

  for (const [key, value] of params) {
    if (key.startsWith('setting.')) session.settingsOverride[key.slice('setting.'.length)] = value;
  }
  session.locale = params.get('locale') ?? 'en';
  renderSettings(byId('settings'), session);
  window.__zafHost = createPreviewApi(
    session,
    samples.map((sample) => sample.id),
  );

  const requested = Number(params.get('ticket'));
  const first = samples.find((sample) => sample.id === requested) ?? samples[0];
  if (first) session.loadTicket(first.id);
  document.body.dataset.previewReady = 'true';
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element;
}

boot().catch((error: unknown) => {
  const banner = document.createElement('p');
  banner.className = 'banner';
  banner.setAttribute('role', 'alert');
  banner.textContent = error instanceof Error ? error.message : String(error);
  document.body.prepend(banner);
  document.body.dataset.previewReady = 'error';
});
