// Orders quads so that each subject's statements come together (in first-appearance order), each statement once: Turtle then writes each subject once.
import type { Quad } from 'n3';

export function groupBySubject(quads: readonly Quad[]): Quad[] {
  const groups = new Map<string, Map<string, Quad>>();
  for (const q of quads) {
    const group = groups.get(q.subject.value) ?? new Map<string, Quad>();
    groups.set(q.subject.value, group);
    // The same agent publishes several registers: its statements are made once per register.
    group.set(`${q.predicate.value} ${q.object.termType} ${q.object.value} ${q.object.termType === 'Literal' ? `${q.object.language} ${q.object.datatype.value}` : ''}`, q);
  }
  return [...groups.values()].flatMap((group) => [...group.values()]);
}
