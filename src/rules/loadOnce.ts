/**
 * `load`, asked for once per page: every call shares its pending or fulfilled promise. A rejection
 * is not kept, so the call after a failed fetch (a chunk lost to the network) tries again. Shared by
 * the lazy chunks of every layer (the agent's actions, the later parts, their words and texts).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
