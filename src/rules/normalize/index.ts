// Ticket adapters: REST API JSON and sidebar `client.get` results, both to one Ticket shape.
export { fromApiTicket } from './fromApiTicket';
export { fromSidebarData } from './fromSidebarData';
export {
  SIDEBAR_TICKET_PATHS,
  customFieldPath,
  organizationFieldPath,
  ORGANIZATION_FIELD_PATH_PREFIX,
} from './sidebarPaths';
export { emptyTicket } from './emptyTicket';
export { readApiComments } from './readApiComments';
export { withCommentDetails, lacksCommentDetails } from './withCommentDetails';
