// The known register layouts, in detection order: adding a layout means adding one entry here.
import type { LayoutParser } from './layout-parser.ts';
import { msTableLayout } from './ms-table/ms-table-layout.ts';
import { miomBlocksLayout } from './miom-blocks/miom-blocks-layout.ts';
import { edpsFormLayout } from './edps-form/edps-form-layout.ts';
import { cnilTemplateLayout } from './cnil-template/cnil-template-layout.ts';
import { tableLayout, textTableLayout } from './table/table-layout.ts';

/** Generic layouts (any table) come last and are tried only when no specific one matched (see parseRegisterInput). */
export const LAYOUTS: readonly LayoutParser[] = [msTableLayout, miomBlocksLayout, edpsFormLayout, cnilTemplateLayout, tableLayout, textTableLayout];
