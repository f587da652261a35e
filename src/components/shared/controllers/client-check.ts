/**
 * Production builds: no client check. The development twin (`client-check.development.ts`, chosen by the
 * `development` export condition as Lit chooses its dev build) warns about a missing client; this one is
 * empty so that no warning text ships.
 */
export function checkClient(_host: HTMLElement, _client: () => unknown): void {}
