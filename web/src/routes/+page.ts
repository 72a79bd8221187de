// `/` goes to the explorer in the browser's language, German when it speaks none of ours.
import { redirect } from '@sveltejs/kit';
import { navigatorDetector } from 'typesafe-i18n/detectors';
import { detectLocale } from '$lib/i18n/i18n-util';

export function load({ url }) {
  redirect(307, `/${detectLocale(navigatorDetector)}${url.search}`);
}
