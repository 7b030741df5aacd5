/**
 * Stands in for `@aws-sdk/lib-dynamodb`'s paginators (`paginateQuery`, `paginateScan`) in the function bundle.
 * They are built when the package loads, so the Scan command came along although the function never scans (its
 * role may not); the function pages with its own cursors (functions/db/page.ts) and calls neither.
 */
function absent(): never {
  throw new Error("lib-dynamodb's paginators are not bundled in this function");
}

export const paginateQuery = absent;
export const paginateScan = absent;
