// Tells the page furniture of an EDPS form (header row, page footer) from its content lines.

export type FormLineKind =
  | { readonly kind: 'blank' }
  /** The "Nr. Item Description" row every page starts with; its columns locate the form's columns on that page. */
  | { readonly kind: 'header'; readonly itemColumn: number; readonly descriptionColumn: number }
  /** "1|Page", "2|P age" (pdftotext), "3 | P a g e" (pdf.js). */
  | { readonly kind: 'footer' }
  | { readonly kind: 'content' };

const headerPattern = /^(\s*Nr\.?\s+)(Item\s+)Description\s*$/;
const footerPattern = /^\s*\d+\s*\|\s*P\s*a\s*g\s*e\s*$/i;

export function classifyFormLine(text: string): FormLineKind {
  if (text.trim() === '') return { kind: 'blank' };
  const header = headerPattern.exec(text);
  if (header) {
    const [, beforeItem = '', item = ''] = header;
    return { kind: 'header', itemColumn: beforeItem.length, descriptionColumn: beforeItem.length + item.length };
  }
  if (footerPattern.test(text)) return { kind: 'footer' };
  return { kind: 'content' };
}
