const brand = Symbol.for('teamkit.error');

/** Root of every error the SDK throws. Check with {@link isTeamkitError}, which works across realms. */
export class TeamkitError extends Error {
  /** @internal realm-independent brand */
  readonly [brand] = true;
  override name = 'TeamkitError';
}

/** True for any error the SDK threw, even one from another window or bundle copy. */
export function isTeamkitError(error: unknown): error is TeamkitError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true;
}

/** @internal Builds a realm-safe guard matching an error's `name`. */
export function guardFor<T extends TeamkitError>(...names: string[]) {
  return (error: unknown): error is T => isTeamkitError(error) && names.includes(error.name);
}
