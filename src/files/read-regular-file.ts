// Reads an input file only when it is a regular file of bounded size: a FIFO, a device or /dev/zero would hang or never end.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { RegisterFormatError } from '../errors/register-format-error.ts';

/** Default largest register read (MB): a build holds about 130 MB plus 10–16 MB per MB of input (BENCHMARKS.md, build memory). */
export const DEFAULT_MAX_REGISTER_MB = 16;

export interface ReadLimits {
  /** Largest size accepted, in bytes. */
  readonly maxBytes: number;
  /** How the limit is changed, named in the error (e.g. "--max-register-size"). */
  readonly limitOption?: string;
}

/** The bytes of `path`; a refusal names the file and the reason in one line (RegisterFormatError, exit code 1). */
export async function readRegularFile(path: string, limits: ReadLimits): Promise<Buffer> {
  const file = basename(path);
  // O_NONBLOCK: opening a FIFO with no writer must not wait; the type is checked before anything is read.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
    throw new RegisterFormatError(file, undefined, describeOpenError(error));
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new RegisterFormatError(file, undefined, `not a regular file (${describeKind(info)}); give a register file`);
    if (info.size > limits.maxBytes) throw new RegisterFormatError(file, undefined, describeTooLarge(info.size, limits));
    // Read at most one byte past the limit: a file that grows while it is read (or lies about its size) stops there.
    const buffer = Buffer.alloc(Math.min(info.size, limits.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limits.maxBytes) throw new RegisterFormatError(file, undefined, describeTooLarge(length, limits));
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function describeOpenError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'ENXIO':
      return 'not a regular file (a socket or a FIFO with no writer)';
    default:
      return `cannot be opened (${error.code ?? error.message})`;
  }
}

function describeKind(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

function describeTooLarge(bytes: number, limits: ReadLimits): string {
  // The size rounded up to 0.1 MB, so that a file just over the limit never reads as equal to it.
  const size = Math.ceil(bytes / 1e5) / 10;
  return `the register is ${size} MB; the limit is ${limits.maxBytes / 1e6} MB${limits.limitOption ? `, set with ${limits.limitOption}` : ''}`;
}
