// The session's rulebook preparation with the defaults' core already at hand: for a session started
// where the engine is loaded anyway (the app without a session from main.tsx, tests). The sidebar's
// boot chunk cannot import this file: the core would come with it (see earlySession.ts).
import { DEFAULT_RULEBOOK_CORE } from '../../rules/rulebook/defaultRulebookCore';
import { prepareSessionRulebook } from './prepareSessionRulebook';

export const prepareSidebarRulebook = prepareSessionRulebook(Promise.resolve(DEFAULT_RULEBOOK_CORE));
