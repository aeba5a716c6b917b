// A DOM for rendering the sidebar in Node, as the component tests have it (jsdom): the window's
// globals are copied onto globalThis before React and Garden load.
// @ts-expect-error jsdom ships no types (the tests get them through vitest's environment).
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
const win = dom.window as unknown as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(win)) {
  if (key in globalThis) continue;
  Object.defineProperty(globalThis, key, { configurable: true, writable: true, value: win[key] });
}
Object.assign(globalThis, { window: dom.window, document: dom.window.document, navigator: dom.window.navigator, IS_REACT_ACT_ENVIRONMENT: false });
