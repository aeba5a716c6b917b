// The port: the narrow, typed slice of the ZAF client the app uses. Everything that talks to
// Zendesk goes through this interface, so tests swap in a fake and the SDK stays in one file.

export interface ZafPathError {
  message: string;
  name?: string;
  path?: string;
}

/** What `client.get` resolves with: one key per path, plus per-path errors. */
export type ZafGetResult = Record<string, unknown> & { errors?: Record<string, ZafPathError> };

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  data?: string;
  contentType?: string;
  dataType?: string;
  headers?: Record<string, string>;
  httpCompleteResponse?: boolean;
  timeout?: number;
}

export interface ZafContext {
  instanceGuid?: string;
  product?: string;
  location?: string;
  ticketId?: number;
  account?: { subdomain?: string };
  [key: string]: unknown;
}

export interface ZafMetadata {
  appId?: number;
  installationId?: number;
  name?: string;
  version?: string;
  /** Non-secure setting values, keyed by parameter name. */
  settings?: Record<string, unknown>;
  [key: string]: unknown;
}

export type ZafHandler = (...args: unknown[]) => unknown;

export interface ZendeskClient {
  get(paths: string | string[]): Promise<ZafGetResult>;
  set(path: string, value: unknown): Promise<ZafGetResult>;
  set(values: Record<string, unknown>): Promise<ZafGetResult>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request<T = unknown>(options: ZafRequestOptions | string): Promise<T>;
  on(event: string, handler: ZafHandler): void;
  off(event: string, handler: ZafHandler): void;
  context(): Promise<ZafContext>;
  metadata(): Promise<ZafMetadata>;
}
