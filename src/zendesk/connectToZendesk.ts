// The one place that loads the ZAF SDK (npm `zendesk_app_framework_sdk`, pinned and bundled, so
// the sidebar loads no third-party script). Everything else talks to the ZendeskClient port.
import ZAFClient from 'zendesk_app_framework_sdk';
import Client from 'zendesk_app_framework_sdk/lib/client';
import type { ZendeskClient } from './ZendeskClient';

export interface FrameLocation {
  search: string;
  hash: string;
}

/**
 * Creates the ZAF client, or returns null when the page is not running inside a Zendesk iframe
 * (no `origin`/`app_guid` parameters, or no parent frame to talk to). Never throws.
 *
 * The npm 2.0.11 build's `init()` reads `document.location` and ignores any location passed to
 * it. So without an explicit location we call `init()` itself; with one, we read the two
 * parameters from it and build the client exactly as `init()` does, rather than pretend the SDK
 * honoured our argument.
 */
export function connectToZendesk(location?: FrameLocation): ZendeskClient | null {
  try {
    if (typeof window === 'undefined') return null;
    const params = readFrameParams(location ?? window.location);
    if (!params) return null;
    // Opened directly with copied parameters: there is no host to answer, so say so at once
    // instead of waiting for a handshake timeout.
    if (window.parent === window) return null;
    if (!location) return ZAFClient.init() || null;
    return new Client({ origin: params.origin, appGuid: params.appGuid });
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
