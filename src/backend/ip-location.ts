/**
 * An approximate place for an IP address ("Madrid, ES"), as the sessions and sign-ins lists show it, or null.
 * The reference backend knows only the documentation ranges its seed and demos use (RFC 5737's three IPv4
 * /24s, RFC 3849's IPv6 prefix), split into fixed slices, so the same address always gives the same place.
 * A host looks addresses up in its own GeoIP database instead.
 */
const PLACES: readonly (readonly [prefix: string, places: readonly string[]])[] = [
  ['192.0.2.', ['London, GB', 'Lagos, NG', 'Berlin, DE', 'Mumbai, IN']],
  ['198.51.100.', ['Brooklyn, US', 'São Paulo, BR', 'Toronto, CA', 'Sydney, AU']],
  ['203.0.113.', ['New York, US', 'Madrid, ES', 'Tokyo, JP', 'Mexico City, MX']],
  ['2001:db8:', ['Paris, FR', 'Seoul, KR', 'Nairobi, KE', 'Lisbon, PT']],
];

export function locate(ip: string | null | undefined): string | null {
  const address = ip?.trim().toLowerCase() ?? '';
  for (const [prefix, places] of PLACES) {
    if (!address.startsWith(prefix)) continue;
    // The last octet (IPv4) or group (IPv6) picks the slice: 0–63 the first place, 64–127 the second…
    const last = address.split(/[.:]/).at(-1) ?? '';
    const value = prefix.includes(':') ? Number.parseInt(last || '0', 16) % 256 : Number(last);
    if (!Number.isInteger(value) || value < 0 || value > 255) return null;
    return places[Math.floor(value / 64)] ?? null;
  }
  return null;
}
