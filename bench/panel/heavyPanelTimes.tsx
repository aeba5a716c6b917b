// How long the sidebar takes from mount to a complete panel under an admin's heavy rulebook
// (heavyPanelSizes.ts: 10,000 matching flag rules, one 100,000-character macro title and body). Rendered
// in jsdom (React and DOM work; a browser adds layout, which the length and CSS clipping bound).
// Loaded through Vite (the sidebar's translations use import.meta.glob) by measureHeavyPanel.ts.
import '../../test/setup/browserShims';
import { render, cleanup } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { FakeZendeskClient } from '../../test/fakes/FakeZendeskClient';
import { FEATURE_REQUEST, NOW } from '../../test/component/support/sidebarTickets';
import { loadRulebook } from '../../src/rules/rulebook/loadRulebook';
import { HEAVY_PANEL_SIZES, type HeavyPanelSizes } from './heavyPanelSizes';

/** Milliseconds from mount to the shown assessment, and of that the part spent checking the override. */
export interface PanelTime {
  totalMs: number;
  checkOverrideMs: number;
}

export interface PanelTimes {
  defaultMs: number;
  flagRules: PanelTime;
  hugeTitle: PanelTime;
}

const meta = (id: string) => ({ id, title: id, explanation: `${id} explained`, source: 'load test' });
const featureRequest = [{ field: 'requestType', operator: 'is', value: 'feature_request' }];

function flagRules(count: number): string {
  return JSON.stringify({ flags: Array.from({ length: count }, (_, i) => ({ ...meta(`flag.load-${i}`), all: featureRequest, flag: `load-${i}` })) });
}

function hugeTitle(chars: number): string {
  return JSON.stringify({
    macroLibrary: [{ slug: 'huge-title', title: 'T'.repeat(chars), visibility: 'internal', body: 'B'.repeat(chars) }],
    macros: [{ ...meta('macro.huge'), all: featureRequest, macro: 'huge-title', weight: 1000 }],
  });
}

async function timeToAssessment(rulebookOverride: string | undefined): Promise<number> {
  const fake = new FakeZendeskClient({ state: FEATURE_REQUEST, settings: rulebookOverride === undefined ? {} : { rulebookOverride } });
  const started = performance.now();
  render(<App connect={() => fake} timeoutMs={60_000} now={() => NOW} />);
  // The complete panel: the assessment and the parts fetched after its first paint (Apply triage
  // and the Why section, which lists a reason per flag).
  const complete = () =>
    document.querySelector('[data-testid="assessment"]') !== null &&
    document.querySelector('[data-testid="apply-triage"]') !== null &&
    document.querySelector('[data-testid="why-section"]') !== null;
  while (!complete()) {
    if (performance.now() - started > 60_000) throw new Error('no assessment within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const ms = performance.now() - started;
  cleanup();
  return ms;
}

/** The override checked on its own (validator and missing translations), as the sidebar does before rendering. */
function checkOverrideMs(override: string): number {
  const started = performance.now();
  loadRulebook(override);
  return performance.now() - started;
}

async function timed(override: string): Promise<PanelTime> {
  const checkMs = checkOverrideMs(override);
  return { totalMs: await timeToAssessment(override), checkOverrideMs: checkMs };
}

export async function measureHeavyPanel(sizes: HeavyPanelSizes = HEAVY_PANEL_SIZES): Promise<PanelTimes> {
  await timeToAssessment(undefined); // warm-up: module loading and first-render costs
  const defaultMs = await timeToAssessment(undefined);
  const manyFlags = await timed(flagRules(sizes.flagRules));
  const longTitle = await timed(hugeTitle(sizes.titleChars));
  return { defaultMs, flagRules: manyFlags, hugeTitle: longTitle };
}

