// Turns whatever the app posted into one typed message. The SDK posts JSON strings for everything
// except hook replies, which are plain objects (zendesk-apps.md §2.1), so both forms are accepted.

export type AppMessage =
  | { kind: 'call'; id: number; request: 'get' | 'set' | 'invoke'; params: unknown }
  | { kind: 'reply'; event: string; error?: { msg: unknown } }
  | { kind: 'keyed'; key: string; message: unknown }
  | { kind: 'invalid'; reason: string };

export function parseAppMessage(data: unknown): AppMessage {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return { kind: 'invalid', reason: 'not JSON' };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'invalid', reason: 'not an object' };
  }
  const record = value as Record<string, unknown>;

  if (typeof record.id === 'number' && typeof record.request === 'string') {
    const request = record.request;
    if (request === 'get' || request === 'set' || request === 'invoke') {
      return { kind: 'call', id: record.id, request, params: record.params };
    }
    return { kind: 'invalid', reason: `unknown request "${request}"` };
  }
  if (typeof record.key === 'string') {
    if (record.key.startsWith('iframe.reply:')) {
      const error = record.error;
      const reply: AppMessage = { kind: 'reply', event: record.key.slice('iframe.reply:'.length) };
      if (error !== null && typeof error === 'object') reply.error = { msg: (error as { msg?: unknown }).msg };
      return reply;
    }
    return { kind: 'keyed', key: record.key, message: record.message };
  }
  return { kind: 'invalid', reason: 'neither a call nor a keyed message' };
}
