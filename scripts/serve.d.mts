// Types for scripts/serve.mjs, so TypeScript (its tests) can import the plain-JS production server.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Lang } from '../src/shared/languages.ts';

/** A redirect (302 when `temporary`, else 301), a file to send with 200, or the not-found answer. */
export type Route = { redirect: string; temporary?: true } | { file: string; status: 200 } | { file: string | null; status: 404 };

export function cacheControl(urlPath: string, search?: string): 'public, max-age=31536000, immutable' | 'no-cache';
export interface LanguageRules<L extends string = Lang> {
  preferredLanguage(cookie?: string, acceptLanguage?: string): L;
  languageRedirect(urlPath: string, preferred: L): string | null;
  route(root: string, urlPath: string, preferred?: L): Route;
}
/** The tags as one regex alternation, longest first, so that `kk-Latn` is tried before `kk`. */
export function tagPattern(langs: readonly string[]): string;
/** The same, for a browser's language list, which may write a tag's hyphens as underscores (`kk_Latn`). */
export function browserTagPattern(langs: readonly string[]): string;
/** The rules of addresses and languages for a site in these languages, the default first. */
export function languageRules<L extends string>(langs: readonly L[]): LanguageRules<L>;
/** The nginx variables the build writes to a config file (deploy/inline-hashes.conf, deploy/languages.conf): name → value. */
export function buildVariables(file: URL | string): Record<string, string>;
/** The languages the build wrote to deploy/languages.conf, the default first. */
export function siteLanguages(file?: URL | string): Lang[];
/** The headers of deploy/security-headers.conf, lower-case name → value, variables filled in. */
export function securityHeaders(file?: URL | string, variables?: Record<string, string>): Record<string, string>;
export function createHandler(root: string, rules?: LanguageRules): (request: IncomingMessage, response: ServerResponse) => void;
export function serve(options?: { root?: string; port?: number; host?: string; langs?: readonly Lang[] }): Promise<Server>;
/** One line for a port that cannot be used (`another` is the command that picks another one), else null. */
export function listenFailure(error: unknown, options?: { port?: number; another?: string }): string | null;
export function serveOrExit(options?: { root?: string; port?: number; host?: string }, another?: string): Promise<Server>;
