// What the panel shows after the assessment's first paint, in ONE chunk fetched once it is on
// screen (see LaterPart.tsx): the ticking first-response clock, the customer's other open tickets,
// Apply triage with the owner control, the Why section, the account's other macros, block mode's
// Save anyway and the configuration notices; and Garden's theme, which only they need.
export { GardenTheme } from './GardenTheme';
export { default as FirstResponseClock } from './clock/FirstResponseClock';
export { default as RelatedTickets } from './related/RelatedTickets';
export { ApplyTriage } from './panel/ApplyTriage';
export { WhySection } from './panel/WhySection';
export { OtherMacros } from './panel/OtherMacros';
export { SaveAnyway } from './panel/SaveAnyway';
export { ConfigurationNotices } from './panel/ConfigurationNotices';
