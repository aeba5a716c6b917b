// Narrowing helpers for values that came out of JSON.parse (typed `unknown` on purpose).

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short description of a JSON value's type for messages: "string", "array", "null"… */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** True for `http(s)://host…`; the raw-text check stops WHATWG URL from "fixing" `http:host`. */
export function isHttpUrlWithHost(value: string): boolean {
  if (!/^https?:\/\/[^/?#\s]+/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
