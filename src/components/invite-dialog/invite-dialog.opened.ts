// What only an open dialog uses, loaded with its data when it first opens (see `loadInviteSetup`): the rules it
// validates with (zod and the invitation schemas, ~6 KB gzip), the addresses field, the workspace choices and the
// results view, which can only follow a send. A page whose reader never opens the dialog loads none of it.
export { Email } from '../../sdk/schemas/common.js';
export { InvitationCreate } from '../../sdk/schemas/invitations.js';
export { failedAddresses, renderResults, summaryOf } from './invite-dialog.results.js';
export { EmailChipsController } from './invite-dialog.chips.js';
export { extraTargets, renderSeatWarning, renderWorkspaces, roleHint, seatsText } from './invite-dialog.targets.js';
