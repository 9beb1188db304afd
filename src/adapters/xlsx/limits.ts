/**
 * Limits applied to a workbook file before anything is inflated (zip-bomb and hostile-file defence).
 * An ordinary 方案 workbook is a few hundred kB; these leave a wide margin.
 */

/** Largest file accepted on disk (compressed bytes). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Largest total declared uncompressed size of all entries in the zip package. */
export const MAX_UNCOMPRESSED_TOTAL_BYTES = 200 * 1024 * 1024;
/** Most entries accepted in the zip central directory. */
export const MAX_ZIP_ENTRIES = 100_000;
/** Largest compression ratio accepted for one entry larger than RATIO_CHECK_MIN_BYTES (classic bombs are > 1000:1). */
export const MAX_ENTRY_COMPRESSION_RATIO = 1000;
/** Entries smaller than this are not ratio-checked (tiny XML parts compress very well). */
export const RATIO_CHECK_MIN_BYTES = 10 * 1024 * 1024;
