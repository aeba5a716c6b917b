// Every variant of the panel's look the app renders, by name: `npm run look` renders each one
// once at build time and keeps its class names and CSS (see lookSource.ts). A variant the app needs
// must be listed here; primitives.tsx and the Garden twins (Button, Tag, Alert) name them through
// LOOK, so a name missing here fails the typecheck.
import type { ReactElement } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import * as look from './lookSource';

/** An element to render, and which of its elements to keep: the root unless `part` is given. */
export interface LookEntry {
  element: ReactElement;
  /** The `data-look` marker, or Garden's `data-garden-id`, of the element to keep. */
  part?: string;
  /** Keep the element's child elements too (an icon's shapes), not only its attributes. */
  withChildren?: boolean;
}

const root = (element: ReactElement): LookEntry => ({ element });

const ALERT_TYPES = ['info', 'warning', 'error'] as const;
const alertEntries = Object.fromEntries(
  ALERT_TYPES.flatMap((type) => {
    const alert = (
      <Alert type={type}>
        <Alert.Title data-look="title">Title</Alert.Title>
        <Alert.Paragraph data-look="paragraph">Text</Alert.Paragraph>
      </Alert>
    );
    return [
      [`alert.${type}`, { element: alert }],
      [`alert.${type}.icon`, { element: alert, part: 'notifications.icon', withChildren: true }],
      [`alert.${type}.title`, { element: alert, part: 'title' }],
      [`alert.${type}.paragraph`, { element: alert, part: 'paragraph' }],
    ];
  }),
) as Record<`alert.${(typeof ALERT_TYPES)[number]}${'' | '.icon' | '.title' | '.paragraph'}`, LookEntry>;

export const LOOK_CATALOGUE = {
  section: root(<look.Section />),
  'section.first': root(<look.Section $first />),
  sectionHeading: root(<look.SectionHeading />),
  line: root(<look.Line />),
  subtle: root(<look.Subtle />),
  row: root(<look.Row />),
  stack: root(<look.Stack />),
  'skeletonBar.45': root(<look.SkeletonBar $width="45%" />),
  'skeletonBar.50': root(<look.SkeletonBar $width="50%" />),
  'skeletonBar.60': root(<look.SkeletonBar $width="60%" />),
  'skeletonBar.70': root(<look.SkeletonBar $width="70%" />),
  'skeletonBar.80': root(<look.SkeletonBar $width="80%" />),
  disclosureButton: root(<look.DisclosureButton />),
  reasonList: root(<look.ReasonList />),
  preview: root(<look.Preview />),
  'result.success': root(<look.Result $tone="success" />),
  'result.danger': root(<look.Result $tone="danger" />),
  'result.warning': root(<look.Result $tone="warning" />),
  'result.neutral': root(<look.Result $tone="neutral" />),
  plainList: root(<look.PlainList />),
  visuallyHidden: root(<look.VisuallyHidden />),
  textInput: root(<look.TextInput />),
  summaryLine: root(<look.SummaryLine />),
  summaryLabel: root(<look.SummaryLabel />),
  strong: root(<look.Strong />),
  tagRow: root(<look.TagRow />),
  macroTitle: root(<look.MacroTitle />),
  flagList: root(<look.FlagList />),
  'flagRow.error': root(<look.FlagRow $tone="error" />),
  'flagRow.warning': root(<look.FlagRow $tone="warning" />),
  'flagRow.info': root(<look.FlagRow $tone="info" />),
  panelMain: root(<look.PanelMain />),
  warningDetails: root(<look.WarningDetails />),
  statusLine: root(<look.StatusLine />),
  // Garden's own components, in the variants the panel uses.
  'button.small': root(<Button size="small" />),
  'button.small.primary': root(<Button size="small" isPrimary />),
  'button.small.basic': root(<Button size="small" isBasic />),
  'tag.large.red': root(<Tag size="large" hue="red" />),
  'tag.large.yellow': root(<Tag size="large" hue="yellow" />),
  'tag.large.regular': root(<Tag size="large" isRegular />),
  'tag.large.yellow.regular': root(<Tag size="large" hue="yellow" isRegular />),
  'tag.small.grey.regular': root(<Tag size="small" hue="grey" isRegular />),
  'tag.small.yellow': root(<Tag size="small" hue="yellow" />),
  'tag.small.blue': root(<Tag size="small" hue="blue" />),
  ...alertEntries,
} satisfies Record<string, LookEntry>;
