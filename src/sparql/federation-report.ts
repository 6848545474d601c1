// Which federated sources failed during one query: collected per query through AsyncLocalStorage.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface SourceFailure {
  url: string;
  reason: string;
}

export class FederationReport {
  readonly failures: SourceFailure[] = [];
  /** Strict: a failed source fails the whole query instead of being reported. */
  constructor(readonly strict: boolean) {}

  record(failure: SourceFailure): void {
    if (!this.failures.some((f) => f.url === failure.url)) this.failures.push(failure);
  }
}

/** The report of the query being evaluated; the fetch of every source writes into it. */
export const federationReports = new AsyncLocalStorage<FederationReport>();
