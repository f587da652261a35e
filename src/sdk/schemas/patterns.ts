/**
 * The formats the contract checks, as plain patterns: zod/mini's format schemas cost several KB each in the
 * browser bundle, a regex check a few bytes. The schemas state a `maxLength` beside each pattern, even where the
 * pattern implies one, so that the OpenAPI document bounds every string plainly.
 */
export const PATTERNS = {
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/,
  email: /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
  phone: /^\+[1-9]\d{6,14}$/,
  webUrl: /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i,
  httpsUrl: /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i,
  country: /^[A-Z]{2}$/,
  code: /^\d{6}$/,
};
