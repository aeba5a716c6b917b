// Runs every check on an app folder and returns the problems, errors first.
import { readAppPackage } from './appPackage';
import { validateFiles } from './validateFiles';
import { validateImages } from './validateImages';
import { validateLocations } from './validateLocations';
import { validateManifest } from './validateManifest';
import { validateParameters } from './validateParameters';
import { validateRequirements } from './validateRequirements';
import { validateTranslations } from './validateTranslations';
import type { Problem } from './problem';

export function validatePackage(appFolder: string): Problem[] {
  const appPackage = readAppPackage(appFolder);
  const { problems: manifestProblems, manifest } = validateManifest(appPackage);
  const problems = [
    ...manifestProblems,
    ...(manifest ? validateLocations(appPackage, manifest) : []),
    ...(manifest ? validateParameters(manifest) : []),
    ...validateTranslations(appPackage, manifest),
    ...validateRequirements(appPackage, manifest),
    ...validateFiles(appPackage, manifest),
    ...validateImages(appPackage),
  ];
  // Stable sort: errors before warnings, each group in check order.
  return [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity === 'warning'),
  ];
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
