// Types for scripts/serve.mjs, so TypeScript (its tests) can import the plain-JS production server.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Lang } from '../src/content/schema.ts';

/** A redirect (302 when `temporary`, else 301), a file to send with 200, or the not-found answer. */
export type Route = { redirect: string; temporary?: true } | { file: string; status: 200 } | { file: string | null; status: 404 };

export function cacheControl(urlPath: string, search?: string): 'public, max-age=31536000, immutable' | 'no-cache';
export function preferredLanguage(cookie?: string, acceptLanguage?: string): Lang;
export function languageRedirect(urlPath: string, preferred: Lang): string | null;
export function route(root: string, urlPath: string, preferred?: Lang): Route;
export function createHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void;
export function serve(options?: { root?: string; port?: number; host?: string }): Promise<Server>;
/** One line for a port that cannot be used (`another` is the command that picks another one), else null. */
export function listenFailure(error: unknown, options?: { port?: number; another?: string }): string | null;
export function serveOrExit(options?: { root?: string; port?: number; host?: string }, another?: string): Promise<Server>;
