// The English words of the parts rendered after the first paint (laterWords.ts), fetched with
// those parts (LaterPart.tsx) and added to the bundled English, so they are in before any of
// those parts renders. Once per page; a failed fetch is tried again next time.
import { loadOnce } from '../../rules/loadOnce';
import { ENGLISH, type Dictionary } from './dictionaries';

export const loadLaterEnglish: () => Promise<void> = loadOnce(() =>
  import('./englishLater.generated.json').then(({ default: later }) => {
    Object.assign(ENGLISH.ui as Dictionary, later);
  }),
);
