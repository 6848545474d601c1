// An ISO 8601 duration in words, as a DPO reads it: "P10Y" → "10 ans", "P1Y1D" → "1 an et 1 jour", "P13M" → "13 mois".

type Language = 'fr' | 'en';

const UNITS: Record<string, Record<Language, [string, string]>> = {
  Y: { fr: ['an', 'ans'], en: ['year', 'years'] },
  M: { fr: ['mois', 'mois'], en: ['month', 'months'] },
  W: { fr: ['semaine', 'semaines'], en: ['week', 'weeks'] },
  D: { fr: ['jour', 'jours'], en: ['day', 'days'] },
  H: { fr: ['heure', 'heures'], en: ['hour', 'hours'] },
  MIN: { fr: ['minute', 'minutes'], en: ['minute', 'minutes'] },
  S: { fr: ['seconde', 'secondes'], en: ['second', 'seconds'] },
};

/** undefined when `iso` is no ISO 8601 duration. */
export function describeDuration(iso: string, language: Language = 'fr'): string | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const parts = (['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'] as const).flatMap((unit, i) => {
    const n = m[i + 1] === undefined ? undefined : Number(m[i + 1]);
    return n === undefined ? [] : [`${n} ${UNITS[unit]![language][n > 1 ? 1 : 0]}`];
  });
  if (parts.length === 0) return undefined;
  const and = language === 'fr' ? 'et' : 'and';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}
