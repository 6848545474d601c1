// A vitest reporter that lists the slowest test files with where their time went (import, hooks, tests): `--reporter=./test/support/timing-reporter.ts`.
import type { Reporter, TestModule } from 'vitest/node';

export default class TimingReporter implements Reporter {
  private readonly rows: { file: string; total: number; collect: number; setup: number; tests: number }[] = [];

  onTestModuleEnd(module: TestModule): void {
    const d = module.diagnostic();
    this.rows.push({ file: module.moduleId.replace(`${process.cwd()}/`, ''), total: d.duration + d.collectDuration + d.setupDuration + d.prepareDuration, collect: d.collectDuration, setup: d.setupDuration + d.prepareDuration, tests: d.duration });
  }

  onTestRunEnd(): void {
    this.rows.sort((a, b) => b.total - a.total);
    const s = (ms: number) => (ms / 1000).toFixed(1).padStart(6);
    console.log(`\n  total collect  setup  tests  file`);
    for (const r of this.rows.slice(0, 40)) console.log(`${s(r.total)} ${s(r.collect)} ${s(r.setup)} ${s(r.tests)}  ${r.file}`);
    console.log(`${s(this.rows.reduce((n, r) => n + r.total, 0))} summed over ${this.rows.length} files`);
  }
}
