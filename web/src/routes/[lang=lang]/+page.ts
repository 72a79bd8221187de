// The explorer's page in each language is built ahead as a page of its own (build/de.html, cs.html,
// en.html, served for /de, /cs, /en by the server): still rendered in the browser only, but its
// HTML names the explorer's code as modulepreload links, so the browser fetches it together with the
// app's start instead of after the start has run and found the route (the fallback page 200.html
// names only the root layout's).
export const prerender = true;
