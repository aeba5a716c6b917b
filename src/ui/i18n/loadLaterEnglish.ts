// The English words of the parts rendered after the first paint (laterWords.ts), fetched with
// those parts (LaterPart.tsx) and added to the bundled English, so they are in before any of
// those parts renders. Once per page; a failed fetch is tried again next time.
import { ENGLISH, type Dictionary } from './dictionaries';

let loading: Promise<void> | null = null;

export function loadLaterEnglish(): Promise<void> {
  loading ??= import('./englishLater.generated.json').then(
    ({ default: later }) => {
      Object.assign(ENGLISH.ui as Dictionary, later);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
