/**
 * The public address of the site, for canonical URLs, link previews and the sitemap. Set SITE_URL when
 * building for a real host; `.example` is reserved and never resolves.
 */
export const DEFAULT_SITE_URL = 'https://reader.example';

/** `Page — Site`: every page title, in the browser and in prerendered HTML. */
export const pageTitle = (title: string, siteName: string): string => `${title} — ${siteName}`;
