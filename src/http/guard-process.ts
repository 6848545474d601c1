// Last resort: an error nobody handled is logged loudly instead of silently ending the server.
/**
 * Not the fix for any error: each known source is handled where it arises (e.g. federated sources, see
 * src/sparql/read-source-answer.ts). This only makes sure that a bug left somewhere says so in the log, with
 * its stack, while the endpoint keeps answering the requests that do not touch it. Returns a remover.
 */
export function guardProcess(log: (line: string) => void): () => void {
  const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  const onException = (error: unknown) => log(`BUG: uncaught exception (the server goes on; please report it): ${describe(error)}`);
  const onRejection = (error: unknown) => log(`BUG: unhandled promise rejection (the server goes on; please report it): ${describe(error)}`);
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
