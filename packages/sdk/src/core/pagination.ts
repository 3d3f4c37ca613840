import { APIPromise, type APIResponse } from './api-promise.js';
import { excerptOf, KaiCallsError, UnexpectedResponseError } from './errors.js';

/** The wire shape shared by every list (`{ data, has_more, next_cursor }`), camelCase. */
export interface PageBody<Item> {
  data: Item[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** Empty pages in a row that still say more follow, before auto-pagination gives up on the list. */
const MAX_EMPTY_PAGES = 5;

/** Fetches the page that starts at `cursor`. */
export type PageFetcher<Item> = (cursor: string) => PagePromise<Item>;

/**
 * One page of a list: its items, whether another follows, and the way to it. A page is also
 * async-iterable over every item from it to the end of the list.
 *
 * @example
 * let page = await kai.calls.list({ limit: 50 });
 * while (true) {
 *   for (const call of page.data) console.log(call.id);
 *   if (!page.hasNextPage()) break;
 *   page = await page.getNextPage();
 * }
 */
export class Page<Item> implements AsyncIterable<Item> {
  /** The items of this page. */
  readonly data: Item[];
  /** Whether another page follows. */
  readonly hasMore: boolean;
  /** The cursor of the next page, or null on the last page. */
  readonly nextCursor: string | null;
  /** The id of the request that fetched this page (`X-Request-Id`), to quote to support. */
  readonly requestId: string | null;
  readonly #fetchPage: PageFetcher<Item>;

  constructor(body: PageBody<Item>, fetchPage: PageFetcher<Item>, requestId: string | null = null) {
    this.data = body.data;
    this.hasMore = body.hasMore;
    this.nextCursor = body.nextCursor;
    this.requestId = requestId;
    this.#fetchPage = fetchPage;
  }

  /**
   * Whether `getNextPage()` has a page to fetch.
   * @example
   * const page = await kai.leads.list({ limit: 20 });
   * if (page.hasNextPage()) console.log('more leads after', page.data.at(-1)?.id);
   */
  hasNextPage(): boolean {
    return this.hasMore && this.nextCursor !== null;
  }

  /**
   * Fetches the next page with the same filters.
   * @throws {KaiCallsError} when there is no next page (check `hasNextPage()` first).
   * @example
   * const first = await kai.calls.list({ limit: 50 });
   * const second = first.hasNextPage() ? await first.getNextPage() : null;
   */
  getNextPage(): PagePromise<Item> {
    if (!this.hasNextPage() || this.nextCursor === null) {
      throw new KaiCallsError(
        'kaicalls: this is the last page; check page.hasNextPage() before page.getNextPage().',
      );
    }
    return this.#fetchPage(this.nextCursor);
  }

  /**
   * Every page from this one to the last, fetched one at a time as the loop asks for them.
   * @throws {KaiCallsError} when the server's cursors cannot lead to the end: a page says more follow but
   * gives no cursor, gives a cursor it already gave, or several pages in a row bring nothing and still say
   * more follow (the loop would never end).
   * @example
   * const first = await kai.events.list({ limit: 100 });
   * for await (const page of first.iterPages()) console.log(page.data.length, 'events');
   */
  async *iterPages(): AsyncGenerator<Page<Item>> {
    const seen = new Set<string>();
    let page: Page<Item> = this;
    let empty = 0;
    for (let number = 1; ; number++) {
      yield page;
      if (!page.hasMore) return;
      const cursor = page.nextCursor;
      const report = `This is a server bug: report it with the request id (${page.requestId ?? 'none'}).`;
      if (!cursor) {
        throw new KaiCallsError(
          `kaicalls: page ${number} of the list says more pages follow (has_more) but gives no next_cursor; stopping here rather than losing the rest silently. ${report}`,
        );
      }
      if (seen.has(cursor)) {
        throw new KaiCallsError(
          `kaicalls: page ${number} of the list gives next_cursor "${excerptOf(cursor)}" again, which an earlier page already gave: the list would never end, so auto-pagination stopped. ${report}`,
        );
      }
      empty = page.data.length === 0 ? empty + 1 : 0;
      if (empty >= MAX_EMPTY_PAGES) {
        throw new KaiCallsError(
          `kaicalls: ${empty} pages in a row (up to page ${number}) brought no items yet said more follow: the list makes no progress, so auto-pagination stopped. ${report}`,
        );
      }
      seen.add(cursor);
      page = await page.getNextPage();
    }
  }

  /**
   * Every item from this page to the end of the list; later pages are fetched as the loop reaches them.
   * @example
   * const page = await kai.calls.list({ limit: 100 });
   * for await (const call of page) console.log(call.id);
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * What a list method returns: await it for the first `Page`, or `for await` over it for every item of every
 * page, fetched as the loop needs them.
 *
 * @example
 * for await (const call of kai.calls.list({ status: 'completed' })) {
 *   console.log(call.id, call.summary);
 * }
 */
export class PagePromise<Item> extends APIPromise<Page<Item>> implements AsyncIterable<Item> {
  /** `then` and `catch` return plain promises (not another `PagePromise` that would start no request). */
  static override get [Symbol.species]() {
    return Promise;
  }

  constructor(response: Promise<APIResponse<PageBody<Item>>>, fetchPage: PageFetcher<Item>) {
    super(
      response.then((result) => ({
        ...result,
        data: new Page(pageBody(result), fetchPage, result.requestId),
      })),
    );
  }

  /**
   * Every item of every page, fetched as the loop needs them: `for await` over the method's result.
   * @example
   * for await (const lead of kai.leads.list()) console.log(lead.id);
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    yield* await this;
  }
}

/**
 * The body of a list answer, checked to be a page (`data` an array): a 204, a bare array or any other
 * 2xx JSON that is not one is an `UnexpectedResponseError` saying what came back, not a TypeError later.
 */
function pageBody<Item>(result: APIResponse<PageBody<Item>>): PageBody<Item> {
  const body = result.data as PageBody<Item> | null | undefined;
  if (body !== null && typeof body === 'object' && Array.isArray(body.data)) return body;
  const { response } = result;
  const what = result.json === undefined ? 'no body' : excerptOf(JSON.stringify(result.json));
  throw new UnexpectedResponseError(
    `the list answered ${response.status} with ${what}, not a page of the API: check \`baseUrl\`.`,
    response,
    result.json === undefined ? null : what,
  );
}
