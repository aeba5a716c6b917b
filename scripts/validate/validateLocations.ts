// manifest.json `location`: known products and locations, and a loadable URL for each
// (zendesk-apps.md §9 rule 5, §11 for icon locations).
import type { AppPackage } from './appPackage';
import { formatJsonPath } from './jsonPath';
import { describeJsonType, isJsonObject, type JsonObject } from './jsonValue';
import { MANIFEST } from './validateManifest';
import { error, warning, type Problem } from './problem';

/** Locations per product this checker knows; only Support's are documented for this project. */
export const KNOWN_LOCATIONS: Readonly<Record<string, readonly string[]>> = {
  support: [
    'top_bar',
    'nav_bar',
    'ticket_sidebar',
    'new_ticket_sidebar',
    'user_sidebar',
    'organization_sidebar',
    'background',
    'modal',
    'ticket_editor',
    'system_top_bar',
    'custom_object_record_sidebar',
  ],
};

/** Locations drawn as an icon, which Zendesk takes from assets/icon_<location>.svg. */
const ICON_LOCATIONS = new Set(['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor']);

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

export function validateLocations(appPackage: AppPackage, manifest: JsonObject): Problem[] {
  const problems: Problem[] = [];
  if (manifest.noTemplate !== undefined) {
    problems.push(
      error(MANIFEST, 'noTemplate', 'is a framework v1 option and is refused in v2: remove it'),
    );
  }

  const location = manifest.location;
  if (location === undefined) return problems; // reported (or required absent) by validateManifest
  if (!isJsonObject(location)) {
    problems.push(
      error(
        MANIFEST,
        'location',
        `must be an object like {"support": {"ticket_sidebar": {"url": "assets/index.html"}}} (v2 needs URLs), found ${describeJsonType(location)}`,
      ),
    );
    return problems;
  }

  for (const [product, locations] of Object.entries(location)) {
    const productPath = ['location', product];
    // hasOwn: a product called "constructor" must not find Object.prototype's.
    const knownLocations = Object.hasOwn(KNOWN_LOCATIONS, product)
      ? KNOWN_LOCATIONS[product]
      : undefined;
    if (knownLocations === undefined) {
      const known = Object.keys(KNOWN_LOCATIONS).join(', ');
      problems.push(
        error(MANIFEST, formatJsonPath(productPath), `unknown product; known: ${known}`),
      );
      continue;
    }
    if (!isJsonObject(locations)) {
      const found = describeJsonType(locations);
      problems.push(
        error(
          MANIFEST,
          formatJsonPath(productPath),
          `must be an object of locations, found ${found}`,
        ),
      );
      continue;
    }
    for (const [name, options] of Object.entries(locations)) {
      const locationPath = [...productPath, name];
      if (!knownLocations.includes(name)) {
        problems.push(
          error(
            MANIFEST,
            formatJsonPath(locationPath),
            `unknown ${product} location; known: ${knownLocations.join(', ')}`,
          ),
        );
        continue;
      }
      problems.push(...locationOptionProblems(appPackage, locationPath, options));
      if (ICON_LOCATIONS.has(name) && !appPackage.has(`assets/icon_${name}.svg`)) {
        problems.push(
          warning(
            `assets/icon_${name}.svg`,
            '',
            `is missing: the ${name} location shows this icon (or a PNG set)`,
          ),
        );
      }
    }
  }
  return problems;
}

function locationOptionProblems(
  appPackage: AppPackage,
  locationPath: string[],
  options: unknown,
): Problem[] {
  // The bare-string form is shorthand for {"url": "..."}.
  if (typeof options === 'string') {
    return urlProblems(appPackage, formatJsonPath(locationPath), options, true);
  }
  if (!isJsonObject(options)) {
    const found = describeJsonType(options);
    return [
      error(
        MANIFEST,
        formatJsonPath(locationPath),
        `must be a URL string or an options object, found ${found}`,
      ),
    ];
  }

  const problems: Problem[] = [];
  const autoLoad = options.autoLoad !== false;
  const urlPath = formatJsonPath([...locationPath, 'url']);
  const url = options.url;
  if (url === undefined || typeof url === 'string') {
    problems.push(...urlProblems(appPackage, urlPath, url ?? '', autoLoad));
  } else {
    problems.push(error(MANIFEST, urlPath, `must be a string, found ${describeJsonType(url)}`));
  }
  for (const key of ['flexible', 'autoLoad']) {
    const value = options[key];
    if (value !== undefined && typeof value !== 'boolean') {
      const keyPath = formatJsonPath([...locationPath, key]);
      problems.push(
        error(MANIFEST, keyPath, `must be a boolean, found ${describeJsonType(value)}`),
      );
    }
  }
  return problems;
}

function urlProblems(
  appPackage: AppPackage,
  key: string,
  url: string,
  autoLoad: boolean,
): Problem[] {
  if (url.trim() === '') {
    return autoLoad ? [error(MANIFEST, key, 'is blank: give a URL, or set "autoLoad": false')] : [];
  }
  // Per-installation URLs are filled in from settings at runtime, so they cannot be checked here.
  if (url.includes('{{setting.')) return [];

  if (ABSOLUTE_URL.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return [error(MANIFEST, key, `"${url}" is not a valid URL`)];
    }
    if (parsed.protocol === 'https:' || parsed.hostname === 'localhost') return [];
    return [
      error(MANIFEST, key, `"${url}" must use https (only localhost may use another scheme)`),
    ];
  }

  const path = url.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('assets/')) {
    return [
      error(MANIFEST, key, `"${url}" must be https, localhost, or a path starting with assets/`),
    ];
  }
  if (!appPackage.has(path)) {
    return [error(MANIFEST, key, `"${url}" names ${path}, which is not in the package`)];
  }
  return [];
}
