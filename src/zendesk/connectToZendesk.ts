// Connects to the Zendesk host. In a real account the SDK is the build Zendesk serves from its CDN,
// which index.html loads before the app, as Zendesk's scaffolds do (global `ZAFClient`). When that
// script never arrived (the local preview with no network), the bundled npm copy is loaded from a
// lazy chunk instead. Everything else talks to the ZendeskClient port this returns.
import { createClientPort } from './createClientPort';
import type { ZendeskClient } from './ZendeskClient';

export interface FrameLocation {
  search: string;
  hash: string;
}

/**
 * The client for this frame, or null when the page is not running inside a Zendesk iframe (no
 * `origin`/`app_guid` parameters, or no parent frame to talk to). Never throws. With the CDN
 * build the handshake goes out at once; with the fallback, as soon as its chunk has loaded.
 */
export function connectToZendesk(location?: FrameLocation): ZendeskClient | null {
  try {
    if (typeof window === 'undefined') return null;
    const frame = location ?? window.location;
    const params = readFrameParams(frame);
    if (!params) return null;
    // Opened directly with copied parameters: there is no host to answer, so say so at once
    // instead of waiting for a handshake timeout.
    if (window.parent === window) return null;
    const cdn = window.ZAFClient;
    if (cdn) {
      const client = cdn.init(undefined, { search: frame.search, hash: frame.hash });
      return client ? createClientPort(client) : null;
    }
    return createClientPort(
      import('./bundledZafSdk').then(({ createBundledClient }) => createBundledClient(params)),
    );
  } catch {
    return null;
  }
}

/** `origin` and `app_guid` from the query string, else from the hash (`hashParams`), as the SDK reads them. */
export function readFrameParams(location: FrameLocation): { origin: string; appGuid: string } | null {
  const query = parseParams(location.search);
  const hash = parseParams(location.hash);
  const origin = query.origin || hash.origin;
  const appGuid = query.app_guid || hash.app_guid;
  return origin && appGuid ? { origin, appGuid } : null;
}

function parseParams(raw: string): Record<string, string> {
  const result: Record<string, string> = {};
  const text = raw.replace(/^[?#]/, '');
  if (!text) return result;
  for (const pair of text.split('&')) {
    const [key = '', value = ''] = pair.split('=');
    result[decode(key)] = decode(value);
  }
  return result;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}
