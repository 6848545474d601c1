// Recognises an EDPS record form from its content: the "Nr. Item Description" header row and Article 31 of Regulation 2018/1725.
import { classifyFormLine } from './classify-form-line.ts';

// The header row alone could head any two-column form; the Article 31 record cites its legal basis in
// the introduction ("based on Article 31 of Regulation (EU) 2018/1725") and in its Part heading.
const article31Pattern = /\bArticle\s+31\b|\b2018\/1725\b/;

export function detectEdpsForm(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const hasHeader = lines.some((line) => classifyFormLine(line.replace(/\f/g, '')).kind === 'header');
  return hasHeader && article31Pattern.test(text);
}
