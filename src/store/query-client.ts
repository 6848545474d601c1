// Who a query is run for (the client address of the HTTP request that caused it), carried across awaits.
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Set once per HTTP request (create-app.ts); read by the worker pool, which never lets one client hold every worker.
 * Queries that Comunica or a page makes for a request inherit it; queries outside any request have no client.
 */
export const queryClient = new AsyncLocalStorage<string>();
