// Runs axe-core's WCAG 2.1 A and AA rules (RGAA 4 is built on them) in a real page, and lists what it finds, worst first.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  /** A few of the elements at fault, as CSS selectors, and what axe says of the first. */
  targets: string[];
  summary: string;
}

/**
 * The page's context must bypass the CSP (browser.newContext({ bypassCSP: true })): our pages allow no inline
 * script, and axe is injected as one.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: AxeViolation['impact']; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
      summary: (v.nodes[0]?.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
    }));
  }, WCAG_21_AA_TAGS);
  const rank = { critical: 0, serious: 1, moderate: 2, minor: 3 } as const;
  return violations.sort((a, b) => rank[a.impact ?? 'minor'] - rank[b.impact ?? 'minor']);
}

/** Critical and serious violations only: what the acceptance counts. */
export function isBlocking(violation: AxeViolation): boolean {
  return violation.impact === 'critical' || violation.impact === 'serious';
}
