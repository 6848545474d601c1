// Test helper: the RegisterFormatError a parse or read throws, failing when it throws nothing or something else.
import { RegisterFormatError } from '../../src/errors/register-format-error.ts';

export function captureFormatError(run: () => unknown): RegisterFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof RegisterFormatError) return error;
    throw error;
  }
  throw new Error('expected a RegisterFormatError');
}
