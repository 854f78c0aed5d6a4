import { tableFeatures } from '@tanstack/react-table';

/**
 * The TanStack Table features of every table: the core only (rows, cells, headers, getRowId, meta). Sorting, paging
 * and selection are the pages' own state (the server pages and filters), so no optional feature is bundled.
 */
export const features = tableFeatures({});

export type TableFeatureSet = typeof features;
