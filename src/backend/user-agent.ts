/** What the sessions list shows about a device, read roughly from its `User-Agent`. */
export interface DeviceDescription {
  device: string;
  browser: string;
  os: string;
}

const browsers: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
  [/^node|undici/i, 'Node.js'],
];

const systems: [RegExp, string][] = [
  [/iPhone|iPad|iOS/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

const firstMatch = (table: [RegExp, string][], text: string) => table.find(([pattern]) => pattern.test(text))?.[1] ?? 'Unknown';

export function describeDevice(userAgent: string | null | undefined): DeviceDescription {
  const text = userAgent ?? '';
  const os = firstMatch(systems, text);
  // Android tablets leave "Mobile" out of their user agent; phones put it in.
  const tablet = /iPad|Tablet/.test(text) || (os === 'Android' && !/Mobile/.test(text));
  const device = tablet ? 'Tablet' : /Mobile|iPhone|Android/.test(text) ? 'Phone' : os === 'Unknown' ? 'Unknown device' : 'Computer';
  return { device, browser: firstMatch(browsers, text), os };
}
