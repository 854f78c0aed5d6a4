import * as z from 'zod/mini';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from './pagination';

/*
 * The URL state of a list page: its filters plus page and page size. An invalid value falls back to its default
 * instead of failing the page, and a default is left out of the URL (page 1, the default page size).
 */

const isPageSize = (value: number) => (PAGE_SIZES as readonly number[]).includes(value);

/** `?page=`: a whole number from 1; page 1 is the default, so it reads as absent. */
const pageParam = z.catch(
  z.optional(z.pipe(z.int().check(z.minimum(1)), z.transform((page: number) => (page === 1 ? undefined : page)))),
  undefined,
);

/** `?page_size=`: one of PAGE_SIZES; the default size reads as absent. */
const pageSizeParam = z.catch(
  z.optional(
    z.pipe(
      z.number().check(z.refine(isPageSize)),
      z.transform((size: number) => (size === DEFAULT_PAGE_SIZE ? undefined : size)),
    ),
  ),
  undefined,
);

type Shape = Record<string, z.ZodMiniType>;

/** What a list request gets: every filter as parsed, and the page and page size with their defaults filled in. */
export type ListParamsOf<F extends Shape> = { page: number; page_size: number } & { [K in keyof F]: z.output<F[K]> };

/**
 * A list page's search schema and its mapping to the list request. `filters` are sent to the server; `viewState`
 * (e.g. which row's details are open) lives in the URL only and is never sent.
 *
 *     const tokenList = listSearch({ user_id: textParam, type: enumParam(TOKEN_TYPES) });
 *     validateSearch: (search) => tokenList.schema.parse(search)
 *     tokenListQuery(tokenList.toParams(search))
 */
export function listSearch<F extends Shape, V extends Shape = Record<never, z.ZodMiniType>>(filters: F, viewState?: V) {
  const schema = z.object({ page: pageParam, page_size: pageSizeParam, ...filters, ...(viewState as V) });
  const filterKeys = Object.keys(filters);
  function toParams(search: z.output<typeof schema>): ListParamsOf<F> {
    const values = search as Record<string, unknown> & { page?: number; page_size?: number };
    const params: Record<string, unknown> = { page: values.page ?? 1, page_size: values.page_size ?? DEFAULT_PAGE_SIZE };
    for (const key of filterKeys) params[key] = values[key];
    return params as ListParamsOf<F>;
  }
  return { schema, toParams };
}

/** The URL search patch for a page: page 1 is left out of the URL. */
export function pageSearch(page: number): { page: number | undefined } {
  return { page: page === 1 ? undefined : page };
}

/** The URL search patch for a page size: back to page 1, and the default size left out of the URL. */
export function pageSizeSearch(pageSize: number): { page: undefined; page_size: number | undefined } {
  return { page: undefined, page_size: pageSize === DEFAULT_PAGE_SIZE ? undefined : pageSize };
}

/** Pagination's two callbacks, as URL search patches handed to `apply` (which must not reset the page itself). */
export function pageChanges(apply: (patch: { page?: number; page_size?: number }) => void) {
  return {
    onPageChange: (page: number) => apply(pageSearch(page)),
    onPageSizeChange: (pageSize: number) => apply(pageSizeSearch(pageSize)),
  };
}
