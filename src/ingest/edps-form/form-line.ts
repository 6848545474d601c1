// One physical line of an EDPS form: its 1-based number and its text without the page's form feed.
export interface FormLine {
  readonly number: number;
  readonly text: string;
}
