/**
 * A page's or file's address on the host: the site's base (DESCENT_BASE, Vite's BASE_URL) then
 * the route path. Routes are written from the site's root (`/optimizers/`); every href the site
 * renders goes through here, so a build for /courses/ml/descent/ links within that folder.
 */
export const SITE_BASE: string = import.meta.env.BASE_URL;

/** '/optimizers/#race' → '/courses/ml/descent/optimizers/#race' under that base. */
export const siteHref = (path: string): string => `${SITE_BASE}${path.replace(/^\//, '')}`;

/** The book's public address, origin and base (https://school.edu/courses/ml/descent/). */
export const SITE_URL: string = `${import.meta.env.DESCENT_ORIGIN}${SITE_BASE}`;

/** An absolute URL of a route, for what a teacher copies into another site. */
export const siteUrl = (path: string): string => new URL(path.replace(/^\//, ''), SITE_URL).href;

/** The route of an address on the host: the base taken off ('/courses/ml/descent/x/' → '/x/'). */
export const routePath = (pathname: string): string => (pathname.startsWith(SITE_BASE) ? `/${pathname.slice(SITE_BASE.length)}` : pathname);
