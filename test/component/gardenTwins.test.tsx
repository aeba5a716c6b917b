// The first paint's Button, Tag and Alert are Garden's, pre-rendered (src/ui/look): each must give
// the DOM Garden's own component gives for the same props (elements, attributes, classes, icon),
// so what the agent sees is Garden's, class for class.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button as GardenButton } from '@zendeskgarden/react-buttons';
import { Alert as GardenAlert } from '@zendeskgarden/react-notifications';
import { Tag as GardenTag } from '@zendeskgarden/react-tags';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { Alert } from '../../src/ui/look/Alert';
import { Button } from '../../src/ui/look/Button';
import { Tag } from '../../src/ui/look/Tag';

/** An element as comparable data: tag, sorted attributes, children (text included). */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  const element = node as Element;
  const attributes = [...element.attributes]
    .map((a) => [a.name, a.name === 'class' ? a.value.split(' ').sort().join(' ') : a.value])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return [element.tagName.toLowerCase(), attributes, [...element.childNodes].map(shape)];
}

function rendered(element: ReactElement): unknown {
  const { container, unmount } = render(<ThemeProvider theme={DEFAULT_THEME}>{element}</ThemeProvider>);
  const result = shape(container.firstElementChild as Element);
  unmount();
  return result;
}

describe("the first paint's Garden twins render Garden's DOM", () => {
  it('Button: default, primary and basic, small, with its own attributes', () => {
    expect(rendered(<Button size="small" aria-label="Insert it">Insert</Button>)).toEqual(
      rendered(<GardenButton size="small" aria-label="Insert it">Insert</GardenButton>),
    );
    expect(rendered(<Button size="small" isPrimary disabled>Set</Button>)).toEqual(
      rendered(<GardenButton size="small" isPrimary disabled>Set</GardenButton>),
    );
    expect(rendered(<Button size="small" isBasic>Cancel</Button>)).toEqual(
      rendered(<GardenButton size="small" isBasic>Cancel</GardenButton>),
    );
  });

  it('Tag: every size, hue and weight the panel uses', () => {
    const variants = [
      { size: 'large', hue: 'red' },
      { size: 'large', hue: 'yellow' },
      { size: 'large', isRegular: true },
      { size: 'large', hue: 'yellow', isRegular: true },
      { size: 'small', hue: 'grey', isRegular: true },
      { size: 'small', hue: 'yellow' },
      { size: 'small', hue: 'blue' },
    ] as const;
    for (const props of variants)
      expect(rendered(<Tag {...props} data-testid="t">Sev 1</Tag>), JSON.stringify(props)).toEqual(
        rendered(<GardenTag {...props} data-testid="t">Sev 1</GardenTag>),
      );
  });

  it('Alert: each type with its icon, title and paragraph', () => {
    for (const type of ['info', 'warning', 'error'] as const)
      expect(
        rendered(
          <Alert type={type} role="status">
            <Alert.Title>Title</Alert.Title>
            <Alert.Paragraph>Text</Alert.Paragraph>
          </Alert>,
        ),
        type,
      ).toEqual(
        rendered(
          <GardenAlert type={type} role="status">
            <GardenAlert.Title>Title</GardenAlert.Title>
            <GardenAlert.Paragraph>Text</GardenAlert.Paragraph>
          </GardenAlert>,
        ),
      );
  });

  it('a variant without a pre-rendered look is an error, not an unstyled tag', () => {
    // React reports the error it rethrows: expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Tag size="small" hue="red">x</Tag>)).toThrow(/lookCatalogue/);
    quiet.mockRestore();
  });
});
