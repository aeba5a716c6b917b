// One line per rule field for the validator's messages ("operator … does not apply to tags (the
// ticket tags)"). Kept apart from the field table: only the validator needs the wording, and the
// validator loads only when an account has a rulebook override.

const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  subject: 'the ticket subject',
  description: 'the ticket description',
  text: 'subject and description together',
  tags: 'the ticket tags',
  priority: 'the current Zendesk priority',
  status: 'the ticket status',
  channel: 'the channel the ticket came through',
  type: 'the Zendesk ticket type',
  recipient: 'the address the ticket was sent to',
  'requester.role': "the requester's role",
  'requester.email': "the requester's e-mail",
  'organization.name': "the organization's name",
  'organization.tags': "the organization's tags",
  ageDays: 'whole days since the ticket was created',
  isOpen: 'not solved or closed',
  plan: 'enterprise, premium, other_paid, trial or unknown',
  deployment: 'cloud, kubernetes, compose, single-container, machine-image, other or unknown',
  productVersion: 'the product version, e.g. "5.3.1"',
  productMajor: 'the major product version',
  versionsBehind: 'current major version minus the product major',
  hasAssignedCe: 'the account has a CE/TA (absent when unknown)',
  isManaged: 'a managed (Cloud) instance',
  kubernetesVersion: 'a Kubernetes version named in the text',
  dockerVersion: 'a Docker version named in the text',
  composeVersion: 'a Docker Compose version named in the text',
  postgresVersion: 'a PostgreSQL version named in the text',
  affectedUserPercent: 'the share of users the text says is affected',
  impact: 'the impact the text states (total, majority, partial or none)',
  exclamations: '"!!" or more in the text',
  shouting: 'words in capitals beyond acronyms',
  hasIssueLink: 'an issue-tracker link in the text',
  requestType: 'the classified request type',
  confidence: 'the classification confidence',
  owner: 'the chosen owner (flag and macro rules only)',
  severity: 'the chosen severity, 0 most severe (flag and macro rules only)',
  flags: 'the raised flags (macro rules only)',
  bestEffort: 'best effort (macro rules only)',
};

const ORG_FIELD = 'organization.fields.';
const CUSTOM_FIELD = 'custom_fields.';

/** What a field holds, in a few words; the open-ended organization and custom fields included. */
export function describeField(name: string): string {
  if (Object.prototype.hasOwnProperty.call(FIELD_DESCRIPTIONS, name)) return FIELD_DESCRIPTIONS[name] ?? name;
  if (name.startsWith(ORG_FIELD)) return `organization field ${name.slice(ORG_FIELD.length)}`;
  if (name.startsWith(CUSTOM_FIELD)) return `custom field ${name.slice(CUSTOM_FIELD.length)}`;
  return name;
}
