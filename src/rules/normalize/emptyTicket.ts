import type { Ticket } from '../types';

/** A ticket with every field at its empty value: the starting point of both adapters. */
export function emptyTicket(): Ticket {
  return {
    id: null,
    subject: '',
    description: '',
    priority: null,
    hasPriorityField: false,
    status: null,
    type: null,
    tags: [],
    channel: null,
    recipient: null,
    createdAt: null,
    updatedAt: null,
    requester: { email: null, role: null },
    organization: null,
    customFields: {},
    comments: [],
    warnings: [],
  };
}
