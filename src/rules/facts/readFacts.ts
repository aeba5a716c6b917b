import type { EngineConfig, Ticket } from '../types';
import type { TicketText } from '../evaluate/TicketText';
import { detectDeploymentInText } from './detectDeploymentInText';
import { hasIssueLink } from './hasIssueLink';
import { normalizeDeployment } from './normalizeDeployment';
import { normalizePlan } from './normalizePlan';
import { readFactSource, valueAsString } from './readFactSource';
import { readImpact } from './readImpact';
import { readPressureSignals } from './readPressureSignals';
import { scanVersions } from './scanVersions';
import { CLEANED_CAP } from '../text/cleanText';
import type { Deployment, Facts, Plan } from './types';

const DAY_MS = 86_400_000;
const CLOSED_STATUSES = new Set(['solved', 'closed']);
/** Values that mean "the account has no CE/TA" when the field exists. */
const NO_CE_VALUES = new Set(['', 'none', 'no', 'n/a', 'na', '-', 'false', 'unassigned']);

function readPlan(ticket: Ticket, config: EngineConfig, warnings: string[]): Plan {
  const { sourced } = readFactSource(ticket, config.plan);
  if (!sourced) return 'unknown';
  const raw = valueAsString(sourced.value);
  const plan = raw === null ? null : normalizePlan(raw);
  if (plan === null) {
    warnings.push(`${sourced.origin}: unexpected support plan ${JSON.stringify(sourced.value)}, treated as unknown`);
    return 'unknown';
  }
  return plan;
}

function readDeployment(
  ticket: Ticket,
  config: EngineConfig,
  text: TicketText,
  warnings: string[],
): { deployment: Deployment; from: Facts['deploymentFrom'] } {
  const { sourced } = readFactSource(ticket, config.deployment);
  if (sourced) {
    const raw = valueAsString(sourced.value);
    const deployment = raw === null ? null : normalizeDeployment(raw);
    if (deployment !== null && deployment !== 'unknown') return { deployment, from: 'config' };
    if (deployment === null) {
      warnings.push(`${sourced.origin}: unexpected deployment ${JSON.stringify(sourced.value)}, read from the text instead`);
    }
  }
  const inText = detectDeploymentInText(text);
  return inText ? { deployment: inText.deployment, from: 'text' } : { deployment: 'unknown', from: 'none' };
}

/** A version such as "5.3.1" or "v5.3"; a bare number "5" is accepted as "5.0" from configuration. */
function normalizeVersion(raw: string): string | null {
  const trimmed = raw.trim().replace(/^v/i, '');
  const match = /^(\d{1,3})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?/.exec(trimmed);
  if (!match) return null;
  return [match[1], match[2] ?? '0', match[3]].filter((p) => p !== undefined).join('.');
}

function readAssignedCe(ticket: Ticket, config: EngineConfig): boolean | null {
  const { found, sourced } = readFactSource(ticket, config.assignedCe);
  if (sourced) {
    const raw = valueAsString(sourced.value);
    return raw !== null && !NO_CE_VALUES.has(raw.toLowerCase());
  }
  // The field exists but is empty: the account has no CE. No field at all: we do not know.
  return found ? false : null;
}

function readAgeDays(createdAt: string | null, now: Date): number | null {
  if (createdAt === null) return null;
  const created = Date.parse(createdAt);
  const nowMs = now.getTime();
  if (Number.isNaN(created) || Number.isNaN(nowMs)) return null;
  return Math.max(0, Math.floor((nowMs - created) / DAY_MS));
}

/** Facts derived from the ticket, the configuration and the clock. Never throws on odd input. */
export function readFacts(ticket: Ticket, config: EngineConfig, now: Date, text: TicketText): Facts {
  const warnings: string[] = [];
  const plan = readPlan(ticket, config, warnings);
  const { deployment, from: deploymentFrom } = readDeployment(ticket, config, text, warnings);
  const currentMajor = Number.isFinite(config.currentMajorVersion) ? config.currentMajorVersion : 6;

  const subjectScan = scanVersions(text.subject.cleaned, currentMajor);
  const descriptionScan = scanVersions(text.description.cleaned, currentMajor);
  const pick = <K extends keyof typeof subjectScan>(key: K) => subjectScan[key] ?? descriptionScan[key];

  let productVersion: string | null = null;
  const configured = readFactSource(ticket, config.productVersion).sourced;
  if (configured) {
    const raw = valueAsString(configured.value);
    productVersion = raw === null ? null : normalizeVersion(raw);
    if (productVersion === null) {
      warnings.push(`${configured.origin}: unexpected product version ${JSON.stringify(configured.value)}, read from the text instead`);
    }
  }
  productVersion ??= pick('product');
  const productMajor = productVersion === null ? null : Number(productVersion.split('.')[0]);

  const percents = [subjectScan.affectedUserPercent, descriptionScan.affectedUserPercent].filter(
    (p): p is number => p !== null,
  );
  // Said, not hidden: the triager knows the text past the caps was only scanned.
  for (const [name, part] of [['subject', text.subject], ['description', text.description]] as const) {
    if (part.truncated) warnings.push(`${name}: too long to read in full; only its first ${CLEANED_CAP.toLocaleString('en-US')} characters were read word by word, the rest only for outage and impact sentences`);
  }
  const bothTexts = `${text.subject.cleaned}\n${text.description.cleaned}`;
  const pressure = readPressureSignals(bothTexts);

  return {
    plan,
    deployment,
    deploymentFrom,
    productVersion,
    productMajor,
    versionsBehind: productMajor === null ? null : currentMajor - productMajor,
    ageDays: readAgeDays(ticket.createdAt, now),
    isOpen: !CLOSED_STATUSES.has((ticket.status ?? '').toLowerCase()),
    hasAssignedCe: readAssignedCe(ticket, config),
    isManaged: deployment === 'cloud',
    kubernetesVersion: pick('kubernetes'),
    dockerVersion: pick('docker'),
    composeVersion: pick('compose'),
    postgresVersion: pick('postgres'),
    affectedUserPercent: percents.length === 0 ? null : Math.max(...percents),
    impact: readImpact(text.subject.voting ?? text.subject, text.description.voting ?? text.description),
    exclamations: pressure.exclamations,
    shouting: pressure.shouting,
    hasIssueLink: hasIssueLink(bothTexts),
    warnings,
  };
}
