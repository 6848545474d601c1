// Makes SheetJS inflate ZIP entries with Node's zlib, which throws on a damaged stream where SheetJS's own inflate loops forever.
import * as XLSX from '@e965/xlsx';
import { createInflateRaw, deflateRawSync } from 'node:zlib';

/**
 * SheetJS's inflate reads past the end of a damaged deflate stream without stopping (a 16-byte truncated xlsx froze
 * the build: npm run fuzz). SheetJS reads the engine's `bytesRead`, which Node deprecates with a warning: each engine
 * answers it from `bytesWritten`, the same count under its current name. Idempotent; SheetJS keeps it module-wide.
 */
export function useNodeZlib(): void {
  XLSX.CFB.utils.use_zlib({
    InflateRaw: function InflateRaw() {
      const engine = createInflateRaw();
      Object.defineProperty(engine, 'bytesRead', { get: () => engine.bytesWritten });
      return engine;
    },
    deflateRawSync,
  });
}
