// The language tags a register's text may carry: a schema of its own so that raw records and typed ones share it.
import { z } from 'zod';

export const languageSchema = z.enum(['fr', 'en']);
/** BCP 47 tag of a register's text: its literals carry it (@fr, @en). */
export type Language = z.infer<typeof languageSchema>;
