/**
 * Spanish, loaded on demand. Each element keeps its own translations beside it (`<tag>.es.ts`);
 * this module only gathers them, so adding an element touches one import line here.
 */
import { shared } from './shared.es.js';
import { teamTable } from '../../team-table/team-table.es.js';
import { inviteDialog } from '../../invite-dialog/invite-dialog.es.js';
import { profileForm } from '../../profile-form/profile-form.es.js';
import { invitationList } from '../../invitation-list/invitation-list.es.js';
import { acceptInvite } from '../../accept-invite/accept-invite.es.js';

export const templates = {
  ...shared,
  ...teamTable,
  ...inviteDialog,
  ...profileForm,
  ...invitationList,
  ...acceptInvite,
};
