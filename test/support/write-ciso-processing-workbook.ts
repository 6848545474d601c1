// Test fixture: a CISO Assistant processing workbook as its export writes it (sheets and columns from
// backend/privacy/views.py, export_record_xlsx), with values of our own.
import { writeXlsx } from './write-test-workbooks.ts';

export function writeCisoProcessingWorkbook(): Promise<Buffer> {
  return writeXlsx([
    {
      name: 'Processing',
      rows: [
        ['ref_id', 'name', 'description', 'domain', 'status', 'processing_nature', 'information_channel', 'usage_channel', 'dpia_required', 'dpia_reference', 'assigned_to', 'labels'],
        ['PR-007', 'Payroll', 'Paying employees and declaring social contributions', 'Human resources', 'privacy_approved', 'collection,storage', 'Employment contract', 'Internal', 'False', '', 'dpo@example.org', 'hr'],
      ],
    },
    { name: 'Purposes', rows: [['name', 'description', 'legal_basis', 'article_9_condition'], ['Salary payment', 'Monthly pay', 'privacy_contract', ''], ['Social declarations', '', 'privacy_legal_obligation', '']] },
    {
      name: 'Personal data',
      rows: [
        ['name', 'description', 'category', 'retention', 'deletion_policy', 'is_sensitive', 'assets'],
        ['Bank account', 'IBAN of the employee', 'Financial', '5 years after departure', 'privacy_automatic_deletion', 'False', 'Payroll software'],
        ['Health data', 'Sick leave certificates', 'Health', '2 years', 'privacy_manual_review_deletion', 'True', ''],
      ],
    },
    { name: 'Data subjects', rows: [['name', 'description', 'category'], ['Employees', 'Staff on payroll', 'privacy_employee']] },
    { name: 'Data recipients', rows: [['name', 'description', 'category'], ['Accounting team', '', 'privacy_internal_team'], ['Payroll provider', 'Outsourced payroll', 'privacy_data_processor']] },
    { name: 'Contractors', rows: [['name', 'description', 'entity', 'relationship_type', 'country', 'documentation_link'], ['Payroll provider', '', 'PayCo', 'privacy_data_processor', 'FR', '']] },
    {
      name: 'Transfers',
      rows: [
        ['name', 'description', 'entity', 'country', 'transfer_mechanism', 'guarantees', 'documentation_link'],
        ['Support provider', 'Level 2 support', 'SupportCo', 'CH', 'privacy_adequacy_decision', '', 'https://example.org/dpa'],
      ],
    },
  ]);
}
