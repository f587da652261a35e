import * as z from 'zod/mini';
import { Id, ImageUrl, Timestamp } from './common.js';
import { TEXT_LIMITS } from './text.js';

export const DomainStatus = z.enum(['pending', 'verified', 'failed']);
export type DomainStatus = z.infer<typeof DomainStatus>;

/**
 * Why the last check failed: no TXT record at the name (`record_not_found`), TXT records there but none with the
 * value asked for (`record_mismatch`), or DNS did not answer (`lookup_failed`: try again later).
 */
export const DomainFailureReason = z.enum(['record_not_found', 'record_mismatch', 'lookup_failed']);
export type DomainFailureReason = z.infer<typeof DomainFailureReason>;

/**
 * What a workspace uses a domain for: single sign-on, trusting mail from it, and letting people with a verified
 * address at it join (`auto_join`, which needs the domain verified and a role to give).
 */
export const DOMAIN_PURPOSES = ['sso', 'trusted_sender', 'auto_join'] as const;
export const DomainPurpose = z.enum(DOMAIN_PURPOSES);
export type DomainPurpose = z.infer<typeof DomainPurpose>;

/** The DNS record that proves control of a domain: publish it, then ask for a check. */
export const DnsTxtRecord = z.object({
  type: z.enum(['TXT']),
  /** Where to publish it, e.g. `_teamkit-verify.example.com`. */
  name: z.string(),
  /** What to publish, e.g. `teamkit-verify=3f9c…`. */
  value: z.string(),
});
export type DnsTxtRecord = z.infer<typeof DnsTxtRecord>;

/** A domain a workspace claims. */
export const Domain = z.object({
  id: Id,
  workspaceId: Id,
  /** Lower case, internationalised names in their ASCII (punycode) form: `xn--mnchen-3ya.de`. */
  hostname: z.string(),
  status: DomainStatus,
  /** Set when `status` is `failed`. */
  failureReason: z.nullable(DomainFailureReason),
  purposes: z.array(DomainPurpose),
  /** The role people joining through `auto_join` get; null when auto-join is off. */
  autoJoinRole: z.nullable(z.string()),
  /** The record to publish. Only members with `domains:manage` see it; null for everyone else. */
  verificationRecord: z.nullable(DnsTxtRecord),
  lastCheckedAt: z.nullable(Timestamp),
  verifiedAt: z.nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Domain = z.infer<typeof Domain>;

export const DomainList = z.object({ items: z.array(Domain) });
export type DomainList = z.infer<typeof DomainList>;

/** The `code` of a field error the hostname rule raises. */
export type HostnameIssueCode = 'invalid_hostname' | 'wildcard_not_allowed' | 'ip_address_not_allowed';

interface HostnameIssue extends z.core.$ZodIssueBase {
  readonly code: HostnameIssueCode;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * A domain name as typed, normalised the way browsers do (`URL`): lower case, internationalised names as punycode,
 * one trailing dot dropped. An IP address, a wildcard, a port, a path, credentials, a single label or more than
 * 253 characters is refused, with the reason as the code.
 */
export function normalizeHostname(input: string): { hostname: string } | { code: HostnameIssueCode; message: string } {
  const typed = input.normalize('NFC').trim().replace(/\.$/, '');
  const invalid = { code: 'invalid_hostname', message: 'Enter a domain name such as example.com, without https:// or a path.' } as const;
  if (typed.includes('*')) return { code: 'wildcard_not_allowed', message: 'Enter one domain; wildcards such as *.example.com are not allowed.' };
  if (typed === '' || /[\s/\\:@?#%[\]]/.test(typed)) return invalid;
  let hostname: string;
  try {
    hostname = new URL(`http://${typed}`).hostname;
  } catch {
    return invalid;
  }
  if (IPV4.test(hostname)) return { code: 'ip_address_not_allowed', message: 'Enter a domain name, not an IP address.' };
  const labels = hostname.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (hostname.length > TEXT_LIMITS.hostname || labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !/[a-z]/.test(tld)) {
    return invalid;
  }
  return { hostname };
}

/** The check behind {@link Hostname}; the OpenAPI generator describes it in words. */
export const hostnameRule = z.check<string>((payload) => {
  if (payload.value.length > TEXT_LIMITS.hostname) return;
  const result = normalizeHostname(payload.value);
  if ('hostname' in result) {
    payload.value = result.hostname;
    return;
  }
  // As in `text.ts`: zod carries a code of our own through to the field error unchanged.
  const issues: z.core.$ZodRawIssue<HostnameIssue | z.core.$ZodIssue>[] = payload.issues;
  issues.push({ code: result.code, message: result.message, input: payload.value, continue: true });
});

/** A domain name, normalised and checked by {@link normalizeHostname}; at most 253 characters. */
export const Hostname = z.string().check(z.maxLength(TEXT_LIMITS.hostname), hostnameRule);

export const DomainCreate = z.object({ hostname: Hostname });
export type DomainCreate = z.infer<typeof DomainCreate>;

/** Purposes replace the current ones. `autoJoinRole` is needed while `auto_join` is among them. */
export const DomainUpdate = z.object({
  purposes: z.optional(z.array(DomainPurpose).check(z.maxLength(DOMAIN_PURPOSES.length))),
  autoJoinRole: z.optional(z.nullable(Id)),
});
export type DomainUpdate = z.infer<typeof DomainUpdate>;

/** A workspace the caller may join through the auto-join domain of their verified address. */
export const JoinableWorkspace = z.object({
  workspace: z.object({ id: Id, name: z.string(), logoUrl: z.nullable(ImageUrl) }),
  /** The domain of the caller's address that lets them in. */
  domain: z.string(),
  /** The role they would get, and its name. */
  role: z.string(),
  roleName: z.string(),
});
export type JoinableWorkspace = z.infer<typeof JoinableWorkspace>;

export const JoinableWorkspaceList = z.object({ items: z.array(JoinableWorkspace) });
export type JoinableWorkspaceList = z.infer<typeof JoinableWorkspaceList>;
