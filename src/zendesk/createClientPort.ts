// Our ZendeskClient over an SDK client that may still be loading (the CDN build is there at once;
// the bundled fallback arrives in a lazy chunk). Calls and subscriptions made meanwhile wait for
// it, in order. Every get/set/invoke/request gets our own 60 s limit instead of the SDK's, and a
// get/set/invoke that resolved with a failure (see checkCallAnswer) rejects.
import { withCallTimeout } from './callTimeout';
import { checkCallAnswer } from './checkCallAnswer';
import type { ZafHandler, ZafRequestOptions, ZendeskClient } from './ZendeskClient';

export function createClientPort(sdkOrLoading: ZendeskClient | Promise<ZendeskClient>): ZendeskClient {
  // Subscriptions go straight to a client that is there, so an event that arrives right after
  // `on()` finds its handler; while the fallback loads they wait for it, in order.
  let ready: ZendeskClient | null = sdkOrLoading instanceof Promise ? null : sdkOrLoading;
  const sdk = Promise.resolve(sdkOrLoading);
  void sdk.then(
    (client) => {
      ready = client;
    },
    () => undefined,
  );
  const answer = <T>(call: string, send: (client: ZendeskClient) => Promise<T>): Promise<T> =>
    withCallTimeout(
      sdk.then(send).then((value) => checkCallAnswer(call, value)),
      call,
    );

  return {
    get: (paths: string | string[]) =>
      answer('get', (client) => client.get(paths)),
    set: ((pathOrValues: string | Record<string, unknown>, value?: unknown) =>
      answer('set', (client) =>
        typeof pathOrValues === 'string'
          ? client.set(pathOrValues, value)
          : client.set(pathOrValues),
      )) as ZendeskClient['set'],
    invoke: (name: string, ...args: unknown[]) =>
      answer(`invoke ${name}`, (client) => client.invoke(name, ...args)),
    request: <T = unknown>(options: ZafRequestOptions | string) =>
      withCallTimeout(
        sdk.then((client) => client.request<T>(options)),
        'request',
      ),
    on: (event: string, handler: ZafHandler) => {
      if (ready) ready.on(event, handler);
      else void sdk.then((client) => client.on(event, handler));
    },
    off: (event: string, handler: ZafHandler) => {
      if (ready) ready.off(event, handler);
      else void sdk.then((client) => client.off(event, handler));
    },
    context: () => sdk.then((client) => client.context()),
    metadata: () => sdk.then((client) => client.metadata()),
  };
}
