// The iframe follows the panel's height: ResizeObserver → resize, skipping repeats.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

describe('auto resize', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends each new height once', async () => {
    const callbacks: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          callbacks.push(callback);
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    let height = 300;
    const rect = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockImplementation(
        () =>
          ({
            height,
            width: 320,
            top: 0,
            left: 0,
            right: 320,
            bottom: height,
            x: 0,
            y: 0,
            toJSON: () => ({}),
          }) as DOMRect,
      );
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    await screen.findByTestId('assessment');
    const resizes = () =>
      fake.calls.invoke.filter((call) => call.name === 'resize').map((call) => call.args[0]);
    await waitFor(() => expect(resizes()).toContainEqual({ width: '100%', height: '300px' }));

    const fire = () => callbacks.at(-1)?.([], {} as ResizeObserver);
    fire();
    fire();
    height = 451.2;
    fire();
    fire();
    await waitFor(() => expect(resizes().at(-1)).toEqual({ width: '100%', height: '452px' }));
    expect(
      resizes().filter(
        (r) => JSON.stringify(r) === JSON.stringify({ width: '100%', height: '300px' }),
      ),
    ).toHaveLength(1);
    expect(
      resizes().filter(
        (r) => JSON.stringify(r) === JSON.stringify({ width: '100%', height: '452px' }),
      ),
    ).toHaveLength(1);
    rect.mockRestore();
  });
});
