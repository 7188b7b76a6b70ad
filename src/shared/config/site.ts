/**
 * The public address of the site, for canonical URLs, link previews and the sitemap. Set SITE_URL when
 * building for a real host; `.example` is reserved and never resolves.
 */
export const DEFAULT_SITE_URL = 'https://reader.example';

declare const __SITE_URL__: string | undefined;

/** The site URL the build was made for (Vite defines it from SITE_URL); scripts pass theirs explicitly. */
export const SITE_URL: string = typeof __SITE_URL__ === 'string' ? __SITE_URL__ : DEFAULT_SITE_URL;

/** `Page — Site`: every page title, in the browser and in prerendered HTML. */
export const pageTitle = (title: string, siteName: string): string => `${title} — ${siteName}`;

/** A path on the site as a full address (`https://host/kk/articles/x`); a site URL may end with a slash or not. */
export const absoluteUrl = (siteUrl: string, path: string): string => `${siteUrl.replace(/\/$/, '')}${path}`;
