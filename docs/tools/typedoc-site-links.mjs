// A TypeDoc plugin for links that leave TypeDoc's output (docs/site/api/) for the rest of the site:
// - `site:<path>` links (used in `navigationLinks`) resolve against the site's root, docs/site/, from wherever
//   the page is: TypeDoc writes navigation links verbatim, so a plain relative link is right at one depth only.
// - The guides link to spec/openapi.yaml, which reads well on GitHub; on the site the same link opens the HTTP
//   reference rendered from it instead of the raw YAML TypeDoc copied into media/.
import { PageEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    const depth = page.url.split('/').length - 1;
    // `api/` itself, then one level per folder the page is in.
    const toSite = '../'.repeat(depth + 1);
    page.contents = page.contents
      .replaceAll('href="site:', `href="${toSite}`)
      .replace(/href="(\.\.\/)*media\/openapi\.yaml"/g, `href="${toSite}http/index.html"`);
  });
}
