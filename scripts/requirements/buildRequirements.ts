// What installing the app creates (zendesk-apps.md §12): the §16 default macros and the
// "Request type" drop-down. Each body is the REST create payload of its resource type.
import { REQUEST_TYPES, type MacroDefinition, type RequestType } from '../../src/rules/types';
import { slotsIn } from '../../src/rules/macros/macroSlots';
import {
  MACRO_TITLE_PREFIX,
  REQUEST_TYPE_FIELD_IDENTIFIER,
  requestTypeTag,
  requirementIdentifier,
} from '../../src/rules/requirements/requirementIdentifier';

export interface MacroAction {
  field: string;
  value: string;
}

export interface MacroRequirement {
  title: string;
  description: string;
  active: true;
  actions: MacroAction[];
}

export interface DropDownOption {
  name: string;
  value: string;
}

export interface TicketFieldRequirement {
  type: 'tagger';
  title: string;
  description: string;
  active: true;
  required: false;
  visible_in_portal: false;
  custom_field_options: DropDownOption[];
}

export interface Requirements {
  macros: Record<string, MacroRequirement>;
  ticket_fields: Record<string, TicketFieldRequirement>;
}

export function buildRequirements(
  macroLibrary: readonly MacroDefinition[],
  requestTypeLabels: Readonly<Record<RequestType, string>>,
): Requirements {
  const macros: Record<string, MacroRequirement> = {};
  for (const macro of macroLibrary)
    macros[requirementIdentifier(macro.slug)] = macroRequirement(macro);
  return {
    macros,
    ticket_fields: { [REQUEST_TYPE_FIELD_IDENTIFIER]: requestTypeField(requestTypeLabels) },
  };
}

function macroRequirement(macro: MacroDefinition): MacroRequirement {
  // Zendesk sends a macro's text as it is, so the installed macro carries the neutral wording
  // (accountBody) of a body with slots; the sidebar's Insert fills the slots instead.
  const text = macro.accountBody ?? macro.body;
  const slots = slotsIn(text);
  if (slots.length > 0)
    throw new Error(`Macro "${macro.slug}" would be installed with unfilled slots (${slots.join(', ')}): give it an accountBody without slots.`);
  const actions: MacroAction[] = [
    { field: 'comment_value', value: text },
    { field: 'comment_mode_is_public', value: macro.visibility === 'public' ? 'true' : 'false' },
  ];
  // current_tags adds to the ticket's tags; set_tags would wipe the ones already there.
  if (macro.tags !== undefined && macro.tags.length > 0) {
    actions.push({ field: 'current_tags', value: macro.tags.join(' ') });
  }
  if (macro.status !== undefined) actions.push({ field: 'status', value: macro.status });
  return {
    title: `${MACRO_TITLE_PREFIX}${macro.title}`,
    // The slug ties the installed macro back to the rulebook when an admin reads the macro list.
    description: `Installed by Triage Assistant: default macro "${macro.slug}" (${macro.visibility === 'public' ? 'public reply' : 'internal note'}).`,
    active: true,
    actions,
  };
}

function requestTypeField(labels: Readonly<Record<RequestType, string>>): TicketFieldRequirement {
  return {
    type: 'tagger',
    title: 'Request type',
    description:
      'What the customer is asking for. Triage Assistant suggests it; the option values are the triage_type_* tags.',
    active: true,
    required: false,
    visible_in_portal: false,
    custom_field_options: REQUEST_TYPES.map((requestType) => ({
      name: labels[requestType],
      value: requestTypeTag(requestType),
    })),
  };
}

/** The file's text: stable key order and a trailing newline, so regenerating is diff-free. */
export function formatRequirements(requirements: Requirements): string {
  return `${JSON.stringify(requirements, null, 2)}\n`;
}
