import type { EngineConfig } from './types';

/**
 * Where facts live in an account unless the app settings say otherwise: the plan, deployment and
 * assigned CE in organization fields (as the samples assume), the current major version 6, and
 * three macro suggestions. No request-type or product-version field by default: both are read
 * from tags and text. Schedules run in Pacific time (support-policy §3) with no holidays: admins
 * set their own.
 */
export const DEFAULT_CONFIG: EngineConfig = {
  requestType: [],
  plan: [{ from: 'organization_field', key: 'support_plan' }],
  deployment: [{ from: 'organization_field', key: 'deployment' }],
  productVersion: [],
  assignedCe: [{ from: 'organization_field', key: 'customer_engineer' }],
  currentMajorVersion: 6,
  maxSuggestions: 3,
  scheduleTimeZone: 'America/Los_Angeles',
  holidays: [],
};
