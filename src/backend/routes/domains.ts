import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, grantableRole, notFound, requirePermission, type WorkspaceAccess } from '../access.js';
import { changesOf } from '../audit.js';
import type { Context, HandlerTable, Reply } from '../context.js';
import { lookupTxt, type TxtLookup } from '../dns.js';
import { ProblemError, fieldProblem } from '../problems.js';
import { randomToken } from '../random.js';
import type { DomainRecord } from '../store.js';
import { domainView, verificationRecordName, verificationRecordValue } from '../views.js';

const domainTarget = (domain: DomainRecord) => ({ type: 'domain', id: domain.id, label: domain.hostname });

function domainManager(ctx: Context): WorkspaceAccess {
  const access = accessWorkspace(ctx);
  requirePermission(access, 'domains:manage');
  return access;
}

/** The workspace's domain named by the path, or 404, also for another workspace's domain id. */
function domainIn(ctx: Context, access: WorkspaceAccess, domainId = ctx.param('domainId')): DomainRecord {
  const domain = ctx.store.domains.get(domainId);
  if (!domain || domain.workspaceId !== access.workspace.id) throw notFound('domain');
  return domain;
}

function domainReply(access: WorkspaceAccess, domain: DomainRecord): Reply {
  return { body: domainView(domain, access.permissions.has('domains:manage')), version: domain.version };
}

/** 409 `domain_taken` when another workspace has verified the hostname: it is theirs now. */
function checkNotTaken(ctx: Context, domain: { hostname: string; workspaceId: string }): void {
  const owner = ctx.store.domains.verified(domain.hostname);
  if (owner && owner.workspaceId !== domain.workspaceId) {
    throw new ProblemError('domain_taken', `${domain.hostname} is verified by another workspace.`);
  }
}

/** What the DNS answer means for a domain whose record must hold `expected`. */
function judge(lookup: TxtLookup, expected: string): Pick<DomainRecord, 'status' | 'failureReason'> {
  switch (lookup.kind) {
    case 'failed': return { status: 'failed', failureReason: 'lookup_failed' };
    case 'none': return { status: 'failed', failureReason: 'record_not_found' };
    case 'found': return lookup.records.some((record) => record.trim() === expected)
      ? { status: 'verified', failureReason: null }
      : { status: 'failed', failureReason: 'record_mismatch' };
  }
}

/**
 * `/workspaces/{id}/domains`: everyone in the workspace sees its domains; adding, verifying, changing purposes
 * and removing need `domains:manage`, and only those members see the verification record.
 */
export const domainHandlers: HandlerTable = {
  listDomains(ctx) {
    const access = accessWorkspace(ctx);
    const domains = ctx.store.domains.ofWorkspace(access.workspace.id).sort((a, b) => (a.hostname < b.hostname ? -1 : 1));
    return { body: { items: domains.map((domain) => domainReply(access, domain).body) } };
  },

  getDomain(ctx) {
    const access = accessWorkspace(ctx);
    return domainReply(access, domainIn(ctx, access));
  },

  addDomain(ctx) {
    const access = domainManager(ctx);
    const { hostname } = ctx.body(s.DomainCreate);
    const workspaceId = access.workspace.id;
    const claimed = ctx.store.domains.ofWorkspace(workspaceId);
    const { domainsPerWorkspace } = ctx.state.limits;
    if (claimed.length >= domainsPerWorkspace) throw new ProblemError('conflict', `A workspace can have at most ${domainsPerWorkspace} domains.`);
    if (claimed.some((domain) => domain.hostname === hostname)) throw new ProblemError('conflict', `${hostname} is already in ${access.workspace.name}.`);
    checkNotTaken(ctx, { hostname, workspaceId });
    const now = ctx.now();
    const domain = ctx.store.domains.insert({
      id: ctx.state.newId('dom'), workspaceId, hostname, token: randomToken(16), status: 'pending', failureReason: null,
      purposes: [], autoJoinRoleId: null, lastCheckedAt: null, verifiedAt: null, createdAt: now, updatedAt: now, version: 1,
    });
    ctx.record('domain.added', domainTarget(domain), { workspaceId, after: { hostname } });
    return domainReply(access, domain);
  },

  /**
   * Looks the TXT record up and records the outcome. The look-up is this handler's one wait, and a real resolver
   * may take seconds: everything it decides on (the caller's access, the domain, whether another workspace took
   * the hostname) is read again after it, so the outcome never rests on what was true before.
   */
  async verifyDomain(ctx) {
    const before = domainManager(ctx);
    const domain = domainIn(ctx, before);
    if (domain.status === 'verified') return domainReply(before, domain);
    checkNotTaken(ctx, domain);
    const { throttle, limits, dnsResolver } = ctx.state;
    const retry = 'DNS changes can take a while to show; try again later.';
    throttle.check(`domain-check:${domain.id}`, limits.domainChecksPerDomain, `Too many checks of ${domain.hostname}. ${retry}`);
    throttle.check(`domain-checks:${domain.workspaceId}`, limits.domainChecksPerWorkspace, `Too many domain checks in this workspace. ${retry}`);
    throttle.hit(`domain-check:${domain.id}`, limits.domainChecksPerDomain);
    throttle.hit(`domain-checks:${domain.workspaceId}`, limits.domainChecksPerWorkspace);
    const { hostname, token } = domain;
    const lookup = await lookupTxt(dnsResolver, verificationRecordName(hostname), limits.dnsLookupTimeoutMs);

    if (!ctx.session || !ctx.store.sessions.get(ctx.session.id)) throw new ProblemError('unauthorized', 'Sign in to continue.');
    const access = domainManager(ctx);
    const current = domainIn(ctx, access, domain.id);
    if (current.status === 'verified') return domainReply(access, current);
    const outcome = judge(lookup, verificationRecordValue(token));
    if (outcome.status === 'verified') checkNotTaken(ctx, current);
    const now = ctx.now();
    ctx.store.domains.update(current, {
      ...outcome,
      lastCheckedAt: now,
      verifiedAt: outcome.status === 'verified' ? now : null,
      updatedAt: now,
      version: current.version + 1,
    });
    const action = outcome.status === 'verified' ? 'domain.verified' : 'domain.verification_failed';
    ctx.record(action, domainTarget(current), { workspaceId: current.workspaceId, after: { status: outcome.status, failureReason: outcome.failureReason } });
    return domainReply(access, current);
  },

  /**
   * Sets the purposes (replacing them) and the auto-join role. Auto-join needs the domain verified and a role the
   * caller may give; nobody else's people join above what the caller could grant by invitation.
   */
  updateDomain(ctx) {
    const access = domainManager(ctx);
    const domain = domainIn(ctx, access);
    ctx.checkIfMatch(domain.version);
    const input = ctx.body(s.DomainUpdate);
    const asked = input.purposes;
    const purposes = asked ? s.DOMAIN_PURPOSES.filter((purpose) => asked.includes(purpose)) : domain.purposes;
    const autoJoin = purposes.includes('auto_join');
    const role = input.autoJoinRole === undefined ? domain.autoJoinRoleId : input.autoJoinRole;
    if (autoJoin && domain.status !== 'verified') {
      throw fieldProblem('purposes', 'domain_not_verified', 'Verify the domain before letting people join through it.');
    }
    if (!autoJoin && input.autoJoinRole) {
      throw fieldProblem('autoJoinRole', 'auto_join_off', 'A role for auto-join needs auto_join among the purposes.');
    }
    if (autoJoin && role === null) {
      throw fieldProblem('autoJoinRole', 'required', 'Choose the role people who join through this domain get.');
    }
    const autoJoinRoleId = autoJoin ? role : null;
    if (autoJoinRoleId !== null && autoJoinRoleId !== domain.autoJoinRoleId) grantableRole(ctx, access, autoJoinRoleId, 'autoJoinRole');
    const patch = { purposes, autoJoinRoleId };
    const changes = changesOf(domain, patch);
    if (changes) {
      ctx.store.domains.update(domain, { ...patch, updatedAt: ctx.now(), version: domain.version + 1 });
      ctx.record('domain.updated', domainTarget(domain), { workspaceId: domain.workspaceId, ...changes });
    }
    return domainReply(access, domain);
  },

  removeDomain(ctx) {
    const access = domainManager(ctx);
    const domain = domainIn(ctx, access);
    ctx.checkIfMatch(domain.version);
    ctx.store.domains.delete(domain);
    ctx.record('domain.removed', domainTarget(domain), {
      workspaceId: domain.workspaceId,
      before: { hostname: domain.hostname, status: domain.status, purposes: domain.purposes },
    });
    return {};
  },
};
