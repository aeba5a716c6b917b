// What the panel shows after the assessment's first paint, in ONE chunk fetched once it is on
// screen: the ticking first-response clock and the customer's other open tickets.
export { default as FirstResponseClock } from './clock/FirstResponseClock';
export { default as RelatedTickets } from './related/RelatedTickets';
