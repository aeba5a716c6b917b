// Our own limit on a call to Zendesk. Zendesk's CDN build waits 5 minutes before it gives up on a
// call; a sidebar should say something sooner, but never give up on a slow workspace that is
// still answering: 60 s is far beyond a healthy answer and well short of an agent's patience.
export const CALL_TIMEOUT_MS = 60_000;

/** A call Zendesk did not answer within CALL_TIMEOUT_MS. */
export class CallTimeoutError extends Error {
  override readonly name = 'CallTimeoutError';
  constructor(
    readonly call: string,
    readonly timeoutMs: number,
  ) {
    super(`Zendesk did not answer "${call}" within ${Math.round(timeoutMs / 1000)} s`);
  }
}

/** Settles like `promise`, or rejects with CallTimeoutError after `timeoutMs`. */
export function withCallTimeout<T>(
  promise: Promise<T>,
  call: string,
  timeoutMs = CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CallTimeoutError(call, timeoutMs)), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
