/**
 * Where webhooks may be sent. A webhook makes the server send requests to an address a customer chose, so
 * the address must not reach the server's own network (server-side request forgery): no loopback, private,
 * link-local (cloud metadata at 169.254.169.254), shared, documentation, multicast or reserved ranges, no
 * single-label or local-only host names, no credentials in the URL, https only. A backend created with
 * `allowHttpLoopback` (tests, demos) also accepts loopback addresses, over http or https.
 *
 * Names are judged as written: the reference backend cannot resolve DNS in a browser. A production sender must
 * also check the address it actually connects to (a public name can resolve to a private address), e.g.
 * through an egress proxy that refuses private ranges.
 */

export type AddressProblem = 'invalid_url' | 'https_required' | 'private_address';

export type AddressVerdict = { ok: true } | { ok: false; code: AddressProblem; message: string };

type HostKind = 'public' | 'loopback' | 'private';

/** IPv4 ranges that are not the public internet, as [first octets, prefix length]. */
const IPV4_BLOCKED: [number[], number, HostKind][] = [
  [[127], 8, 'loopback'],
  [[0], 8, 'private'], [[10], 8, 'private'], [[100, 64], 10, 'private'], [[169, 254], 16, 'private'],
  [[172, 16], 12, 'private'], [[192, 0, 0], 24, 'private'], [[192, 0, 2], 24, 'private'], [[192, 88, 99], 24, 'private'],
  [[192, 168], 16, 'private'], [[198, 18], 15, 'private'], [[198, 51, 100], 24, 'private'], [[203, 0, 113], 24, 'private'],
  [[224], 4, 'private'], [[240], 4, 'private'],
];

const LOCAL_SUFFIXES = ['.local', '.localdomain', '.internal', '.intranet', '.lan', '.home', '.corp', '.home.arpa'];

function ipv4Kind(octets: number[]): HostKind {
  const value = octets.reduce((sum, octet) => sum * 256 + octet, 0);
  for (const [start, bits, kind] of IPV4_BLOCKED) {
    const base = [...start, 0, 0, 0, 0].slice(0, 4).reduce((sum, octet) => sum * 256 + octet, 0);
    const size = 2 ** (32 - bits);
    if (value >= base && value < base + size) return kind;
  }
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address as URL's parser writes it (compressed, lower case, no zone). */
function ipv6Groups(address: string): number[] | null {
  const [head = '', tail] = address.split('::');
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}

function ipv6Kind(groups: number[]): HostKind {
  const [a = 0, b = 0, , , , f = 0, g = 0, h = 0] = groups;
  const embeddedV4 = (high: number, low: number) => ipv4Kind([high >> 8, high & 255, low >> 8, low & 255]);
  if (groups.every((group, i) => group === (i === 7 ? 1 : 0))) return 'loopback';
  if (groups.slice(0, 5).every((group) => group === 0) && (f === 0xffff || f === 0)) return embeddedV4(g, h);
  if (a === 0x64 && b === 0xff9b) return embeddedV4(g, h);
  if (a === 0x2002) return embeddedV4(b, groups[2] ?? 0);
  if ((a & 0xfe00) === 0xfc00 || (a & 0xffc0) === 0xfe80 || (a & 0xff00) === 0xff00) return 'private';
  if ((a === 0x2001 && b === 0x0db8) || (a === 0x100 && groups.slice(1, 4).every((group) => group === 0))) return 'private';
  if (a === 0x2001 && b < 0x200) return 'private';
  return 'public';
}

function hostKind(hostname: string): HostKind {
  if (hostname.startsWith('[')) {
    const groups = ipv6Groups(hostname.slice(1, -1));
    return groups ? ipv6Kind(groups) : 'private';
  }
  // URL's parser already turned decimal, octal and hex forms (`0x7f.1`, `2130706433`) into dotted quads.
  if (/^\d+\.\d+\.\d+\.\d+$/.test(hostname)) return ipv4Kind(hostname.split('.').map(Number));
  const name = hostname.replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  if (!name.includes('.') || LOCAL_SUFFIXES.some((suffix) => name.endsWith(suffix))) return 'private';
  return 'public';
}

/** Whether deliveries may go to `url`, and if not, the field error to answer. */
export function checkWebhookUrl(url: string, options: { allowHttpLoopback: boolean }): AddressVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, code: 'invalid_url', message: 'Enter a full address such as https://example.com/webhooks.' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, code: 'https_required', message: 'Webhooks are sent over https only.' };
  }
  if (parsed.username || parsed.password) {
    return { ok: false, code: 'invalid_url', message: 'Leave the user name and password out of the address.' };
  }
  const kind = hostKind(parsed.hostname);
  const loopbackAllowed = kind === 'loopback' && options.allowHttpLoopback;
  if (kind !== 'public' && !loopbackAllowed) {
    return { ok: false, code: 'private_address', message: 'Webhooks cannot be sent to private, local or reserved addresses.' };
  }
  if (parsed.protocol === 'http:' && !loopbackAllowed) {
    return { ok: false, code: 'https_required', message: 'Webhooks are sent over https only.' };
  }
  return { ok: true };
}
