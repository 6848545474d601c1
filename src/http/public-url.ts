// The URL a client used to reach us, for links in generated documents (service description, VoID).
import type { Request } from 'express';

export function publicUrl(req: Request, path = ''): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/${path.replace(/^\//, '')}`;
}
