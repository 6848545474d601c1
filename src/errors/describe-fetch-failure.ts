// Why a fetch failed, in a word a user can act on: fetch itself only says "fetch failed", the reason is its cause.
export function describeFetchFailure(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  // ECONNREFUSED, ENOTFOUND, UND_ERR_SOCKET… or the cause's own words.
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
