// English names of the ordering signals, for the command-line reports.
import type { SignalKind } from './decide-edition-order.ts';

export const SIGNAL_LABELS_EN: Record<SignalKind, string> = {
  'verb-tense': 'verb tense',
  'latest-date': 'dates mentioned',
  'retention-coverage': 'retention periods',
  spelling: 'spellings',
};
