import { msg, str } from '@lit/localize';
import type { Session, SignIn } from '../../sdk/index.js';

/**
 * The backend describes devices from a fixed vocabulary (see the API's sessions): its kinds and "Unknown" are
 * words, so they are said in the reader's language; browser and system names are names and stay as they are.
 */
function deviceKind(device: string): string {
  switch (device) {
    case 'Computer': return msg('Computer', { id: 'tk.session-list.device.computer' });
    case 'Phone': return msg('Phone', { id: 'tk.session-list.device.phone' });
    case 'Tablet': return msg('Tablet', { id: 'tk.session-list.device.tablet' });
    case 'Unknown device': return msg('Unknown device', { id: 'tk.session-list.device.unknown' });
    default: return device;
  }
}

const browserName = (browser: string) => (browser === 'Unknown' ? msg('Unknown browser', { id: 'tk.session-list.browser.unknown' }) : browser);
const systemName = (os: string) => (os === 'Unknown' ? msg('unknown system', { id: 'tk.session-list.os.unknown' }) : os);

type Origin = Pick<Session | SignIn, 'device' | 'browser' | 'os'>;

/** "Chrome on macOS": how a device is named in headings, buttons and confirmations. */
export function deviceName(origin: Origin): string {
  return msg(str`${browserName(origin.browser)} on ${systemName(origin.os)}`, { id: 'tk.session-list.device_name' });
}

/** "Computer": what kind of device it is. */
export function deviceKindOf(origin: Origin): string {
  return deviceKind(origin.device);
}

/** Where it was, approximately, or that nobody knows. */
export function placeOf(origin: Pick<Session | SignIn, 'location'>): string {
  return origin.location ?? msg('Unknown location', { id: 'tk.session-list.location.unknown' });
}

export const SIGN_IN_COLUMNS = ['time', 'outcome', 'device', 'location', 'actions'] as const;

export type SignInColumnNames = Record<(typeof SIGN_IN_COLUMNS)[number], string>;

/** The sign-ins table's column headings, also the labels of the values when rows are laid out as cards. */
export function signInColumnNames(): SignInColumnNames {
  return {
    time: msg('When', { id: 'tk.session-list.col.time' }),
    outcome: msg('Result', { id: 'tk.session-list.col.outcome' }),
    device: msg('Device', { id: 'tk.session-list.col.device' }),
    location: msg('Location', { id: 'tk.session-list.col.location' }),
    actions: msg('Actions', { id: 'tk.session-list.col.actions' }),
  };
}
