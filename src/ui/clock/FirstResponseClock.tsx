// The first-response clock: "Reply due Tue 10:00 (in 3 h 20 min)", a warning under an hour, an
// error once overdue, and "First response sent Mon 16:02" once a public agent reply exists.
// Self-contained (the assessment's clock fields, the clock, the locale), so it can sit anywhere in
// the panel. Screen readers get the state in a live region that changes only when the state does;
// the ticking countdown is hidden from them.
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { useTranslation } from '../i18n';
import { reasonsFor } from '../panel/reasonsFor';
import { WhyDisclosure } from '../panel/WhyDisclosure';
import { clockView, countedOn, type ClockFields, type ClockView } from './clockState';
import { formatClockTime, formatDuration } from './formatClock';
import { useMinuteClock } from './useMinuteClock';

export interface FirstResponseClockProps {
  /** The assessment's firstResponseDue/State/At and its reasons. */
  assessment: ClockFields;
  /** The agent's locale for Intl ('en', 'de', 'de-DE' …). */
  locale: string;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** The agent's time zone; the browser's when not given. */
  timeZone?: string;
}

const TONES = {
  sent: 'foreground.success',
  due: 'foreground.default',
  soon: 'foreground.warning',
  overdue: 'foreground.danger',
} as const;

const ClockLine = styled.p<{ $tone: keyof typeof TONES }>`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  font-weight: ${(p) => (p.$tone === 'due' || p.$tone === 'sent' ? 'inherit' : p.theme.fontWeights.semibold)};
  color: ${(p) => getColor({ theme: p.theme, variable: TONES[p.$tone] })};
`;

const VisuallyHidden = styled.span`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

const systemNow = () => new Date();

export default function FirstResponseClock({
  assessment,
  locale,
  now = systemNow,
  timeZone,
}: FirstResponseClockProps) {
  const { t } = useTranslation();
  const time = useMinuteClock(now);
  const view = clockView(assessment, time);
  if (!view) return null;
  const at = (ms: number) => formatClockTime(ms, time, locale, timeZone);
  return (
    <div data-testid="first-response-clock" data-state={view.kind}>
      <ClockLine $tone={view.kind} aria-hidden="true" data-testid="first-response-clock-text">
        {visibleText(view, at, t)}
      </ClockLine>
      <VisuallyHidden role="status">{spokenState(view, at, t)}</VisuallyHidden>
      <WhyDisclosure
        topic={t('ui.clock.why')}
        reasons={reasonsFor(assessment.reasons, CLOCK_FIELDS)}
        plain={scheduleSentence(assessment, t)}
      />
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function visibleText(view: ClockView, at: (ms: number) => string, t: Translate): string {
  switch (view.kind) {
    case 'sent':
      return t('ui.clock.sent', { time: at(view.at) });
    case 'due':
    case 'soon':
      return t('ui.clock.due', { time: at(view.due), left: formatDuration(view.minutesLeft, t) });
    case 'overdue':
      return t('ui.clock.overdue', {
        time: at(view.due),
        late: formatDuration(view.minutesLate, t),
      });
  }
}

/** The same state without the ticking number: it changes only when the state does. */
function spokenState(view: ClockView, at: (ms: number) => string, t: Translate): string {
  switch (view.kind) {
    case 'sent':
      return t('ui.clock.sent', { time: at(view.at) });
    case 'due':
      return t('ui.clock.spoken.due', { time: at(view.due) });
    case 'soon':
      return t('ui.clock.spoken.soon', { time: at(view.due) });
    case 'overdue':
      return t('ui.clock.spoken.overdue', { time: at(view.due) });
  }
}

/** The assessment fields the engine's clock reasons explain (ids and evidence stay in the admin details). */
const CLOCK_FIELDS = ['firstResponseDue', 'firstResponseAt', 'firstResponseState'];

/** The plan's schedule in the agent's language: what the Why says; undefined without one. */
function scheduleSentence(assessment: ClockFields, t: Translate): string[] | undefined {
  const counted = countedOn(assessment);
  if (!counted) return undefined;
  const schedule = t(`ui.clock.schedules.${counted.schedule}`);
  return [t('ui.clock.countedOn', { schedule, zone: counted.timeZone ?? '' })];
}
