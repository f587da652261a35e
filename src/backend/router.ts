import type { Endpoint } from '../sdk/contract.js';

/** A route of the contract with the path parameters of one request. */
export interface RouteMatch<R> {
  route: R;
  params: Record<string, string>;
}

interface CompiledRoute<R> {
  route: R;
  method: string;
  /** Literal segments as themselves, parameters as `{name}`. */
  segments: string[];
  literals: number;
}

const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');
const split = (path: string) => path.split('/').filter((segment) => segment !== '');

/**
 * Matches `METHOD /path` against the contract's endpoints. Where a literal and a parameter both fit
 * (`/members/me` and `/members/{memberId}`), the route with more literal segments wins.
 */
export function createRouter<R extends { endpoint: Endpoint }>(routes: readonly R[]): (method: string, path: string) => RouteMatch<R> | undefined {
  const compiled: CompiledRoute<R>[] = routes.map((route) => {
    const segments = split(route.endpoint.path);
    return { route, method: route.endpoint.method, segments, literals: segments.filter((segment) => !isParam(segment)).length };
  });
  compiled.sort((a, b) => b.literals - a.literals);

  return (method, path) => {
    let parts: string[];
    try {
      parts = split(path).map(decodeURIComponent);
    } catch {
      return undefined;
    }
    for (const candidate of compiled) {
      if (candidate.method !== method || candidate.segments.length !== parts.length) continue;
      const params = matchSegments(candidate.segments, parts);
      if (params) return { route: candidate.route, params };
    }
    return undefined;
  };
}

function matchSegments(segments: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index];
    if (part === undefined) return undefined;
    if (isParam(segment)) params[segment.slice(1, -1)] = part;
    else if (segment !== part) return undefined;
  }
  return params;
}
