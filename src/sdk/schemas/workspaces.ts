import * as z from 'zod/mini';
import { count, Id, ImageUrl, TimeZone, Timestamp, WebUrl } from './common.js';
import { Currency } from './notifications.js';
import { bounded, singleLine, TEXT_LIMITS } from './text.js';

export const Plan = z.enum(['free', 'pro', 'enterprise']);
export type Plan = z.infer<typeof Plan>;

/** A workspace as the caller sees it, with the caller's own role in it. */
export const Workspace = z.object({
  id: Id,
  name: z.string(),
  logoUrl: z.nullable(ImageUrl),
  website: z.nullable(z.string()),
  industry: z.nullable(z.string()),
  timezone: z.string(),
  plan: Plan,
  /** The billing currency (ISO 4217): amounts such as a low-balance threshold are in it. */
  currency: Currency,
  role: z.string(),
  memberCount: count(),
  seatLimit: count(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Workspace = z.infer<typeof Workspace>;

export const WorkspaceName = singleLine(3, TEXT_LIMITS.workspaceName);

/**
 * A company website as typed, normalised: `https://` added when no `http(s)://` is there, the host in lower case
 * (internationalised names as punycode), no lone trailing `/`. It must then be an http(s) address with a dotted
 * host and no user name or password; at most 2048 characters.
 */
export function normalizeWebsite(input: string): string | null {
  const typed = input.trim();
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const normalized = `${url.origin}${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}`;
  return WebUrl.safeParse(normalized).success ? normalized : null;
}

/**
 * The check behind {@link Website}; the OpenAPI generator describes it in words. Its issue names the format
 * `website`, not `url`: a form can then say that "acme.com" is enough, where a URL field needs `https://`.
 */
export const websiteRule = z.check<string>((payload) => {
  if (payload.value.length > TEXT_LIMITS.url) return;
  const normalized = normalizeWebsite(payload.value);
  if (normalized !== null) payload.value = normalized;
  else payload.issues.push({ code: 'invalid_format', format: 'website', message: 'Enter a web address such as acme.com or https://acme.com.', input: payload.value, continue: true });
});

/** A website field: normalised by {@link normalizeWebsite}, refused with `invalid_format` when it is no web address. */
export const Website = z.string().check(websiteRule, z.maxLength(TEXT_LIMITS.url));

/**
 * Industries a form offers, as keys a UI translates; `industry` takes one of them or free single-line text
 * (shown as typed).
 */
export const INDUSTRIES = [
  'agriculture', 'automotive', 'construction', 'consulting', 'education', 'energy', 'financial_services', 'government',
  'healthcare', 'hospitality', 'insurance', 'legal', 'logistics', 'manufacturing', 'marketing', 'media', 'nonprofit',
  'real_estate', 'retail', 'software', 'telecommunications', 'travel', 'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

const workspaceDetails = {
  website: z.optional(z.nullable(Website)),
  /** One of {@link INDUSTRIES}, or free text. */
  industry: z.optional(z.nullable(singleLine(0, TEXT_LIMITS.industry))),
  timezone: z.optional(TimeZone),
};

export const WorkspaceCreate = z.object({ name: WorkspaceName, ...workspaceDetails });
export type WorkspaceCreate = z.infer<typeof WorkspaceCreate>;

export const WorkspaceUpdate = z.object({ name: z.optional(WorkspaceName), ...workspaceDetails });
export type WorkspaceUpdate = z.infer<typeof WorkspaceUpdate>;

/** Deleting a workspace needs its name typed again. */
export const WorkspaceDeletion = z.object({ confirmation: bounded(TEXT_LIMITS.confirmation).check(z.minLength(1)) });
export type WorkspaceDeletion = z.infer<typeof WorkspaceDeletion>;

export const OwnershipTransfer = z.object({ memberId: Id });
export type OwnershipTransfer = z.infer<typeof OwnershipTransfer>;

/** Why the caller cannot create a workspace now: the account's limit, or a plan that includes no more. */
export const WorkspaceQuotaReason = z.enum(['workspace_limit_reached', 'plan_required']);
export type WorkspaceQuotaReason = z.infer<typeof WorkspaceQuotaReason>;

/**
 * How many workspaces the caller owns and may own, so that "Create workspace" can say so before anyone types.
 * `limit` is the one that applies to the account's plan now (the free plan's, or the per-account one).
 */
export const WorkspaceQuota = z.object({
  owned: count(),
  limit: count(),
  plan: z.enum(['free', 'pro']),
  canCreate: z.boolean(),
  reason: z.nullable(WorkspaceQuotaReason),
});
export type WorkspaceQuota = z.infer<typeof WorkspaceQuota>;
