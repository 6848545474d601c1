// Tests that read ../shared (DPV files, W3C manifests) may skip on a developer's machine without it, never under CI.

/** For `it.skipIf(...)`: true only when the files are missing and this is not a CI run (CI must fail, not skip). */
export function skipWithoutShared(present: boolean): boolean {
  const skip = !present && !process.env.CI;
  if (skip) console.warn('skipped: ../shared (DPV 2.3, the W3C manifests, the CNIL model) is missing beside the project; CI fails instead');
  return skip;
}
