import type { Domain, DomainCreate, DomainUpdate } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Cancelable. A domain is about to be added: `input` (the hostname, normalised). */
export class BeforeDomainAddEvent extends TeamkitEvent {
  constructor(readonly input: DomainCreate) {
    super('tk-before-domain-add', { cancelable: true });
  }
}

/** A domain was added, pending until its DNS record is checked: `domain`. */
export class DomainAddedEvent extends TeamkitEvent {
  constructor(readonly domain: Domain) {
    super('tk-domain-added');
  }
}

/** Cancelable. A domain's DNS record is about to be checked: `domain`. */
export class BeforeDomainVerifyEvent extends TeamkitEvent {
  constructor(readonly domain: Domain) {
    super('tk-before-domain-verify', { cancelable: true });
  }
}

/** A check found the domain's record: `domain` is verified. A check that failed fires nothing; the reason shows. */
export class DomainVerifiedEvent extends TeamkitEvent {
  constructor(readonly domain: Domain) {
    super('tk-domain-verified');
  }
}

/** Cancelable. A domain's purposes or auto-join role are about to change: `domain` as it was, `patch`. */
export class BeforeDomainUpdateEvent extends TeamkitEvent {
  constructor(readonly domain: Domain, readonly patch: DomainUpdate) {
    super('tk-before-domain-update', { cancelable: true });
  }
}

/** A domain's purposes or auto-join role changed: `domain` as it is now. */
export class DomainUpdatedEvent extends TeamkitEvent {
  constructor(readonly domain: Domain) {
    super('tk-domain-updated');
  }
}

/** Cancelable. A confirmed removal is about to be sent: `domain`. */
export class BeforeDomainRemoveEvent extends TeamkitEvent {
  constructor(readonly domain: Domain) {
    super('tk-before-domain-remove', { cancelable: true });
  }
}

/** A domain was removed; auto-join through it stopped: `domain`. */
export class DomainRemovedEvent extends TeamkitEvent {
  constructor(readonly domain: Domain) {
    super('tk-domain-removed');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-domain-add': BeforeDomainAddEvent;
    'tk-domain-added': DomainAddedEvent;
    'tk-before-domain-verify': BeforeDomainVerifyEvent;
    'tk-domain-verified': DomainVerifiedEvent;
    'tk-before-domain-update': BeforeDomainUpdateEvent;
    'tk-domain-updated': DomainUpdatedEvent;
    'tk-before-domain-remove': BeforeDomainRemoveEvent;
    'tk-domain-removed': DomainRemovedEvent;
  }
}
