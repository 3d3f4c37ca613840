// A TypeDoc plugin that resolves `site:<path>` links (used in `navigationLinks`) against the documentation
// site's root, docs/site/, from wherever the page is: TypeDoc's output lives in docs/site/api/ and writes
// navigation links verbatim, so a plain relative link would only be right at one depth.
import { PageEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    const depth = page.url.split('/').length - 1;
    // `api/` itself, then one level per folder the page is in.
    const toSite = '../'.repeat(depth + 1);
    page.contents = page.contents.replaceAll('href="site:', `href="${toSite}`);
  });
}
