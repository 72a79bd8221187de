// A single-page app: Sigma needs the browser, and the API serves the fallback page for every path.
export const ssr = false;
export const prerender = false;
