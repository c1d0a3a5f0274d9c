/** Bounds every importer enforces; tests and callers may pass smaller ones. */
export interface ImportLimits {
  /** Largest file accepted, in bytes; checked before the file is read. */
  maxFileBytes: number;
  /** Most entries a DOCX zip may list (real ones have 10–200). */
  maxZipEntries: number;
  /** Sum of the uncompressed sizes of all zip entries. */
  maxZipUncompressedBytes: number;
  /** Largest uncompressed size of one zip entry. */
  maxZipEntryBytes: number;
  /** Highest uncompressed/compressed ratio allowed for an entry over `ratioCheckAboveBytes`. */
  maxZipCompressionRatio: number;
  /** Entries smaller than this skip the ratio check (tiny XML parts compress very well and are harmless). */
  ratioCheckAboveBytes: number;
  /** Time the import worker may take before it is terminated. */
  workerTimeoutMs: number;
  /** V8 old-generation heap of the import worker. */
  workerHeapMb: number;
  /**
   * How much the process's resident memory may grow while the worker runs. The heap limit does
   * not cover ArrayBuffers, where decompressed streams live: a 2 MB PDF of deflated zeros reached
   * 1.8 GB in the 20 s before its deadline (measured), so `runImportWorker` watches RSS too.
   */
  workerRssGrowthMb: number;
}

/** Defaults: generous for real newsroom files, far below what would hurt a 2-core laptop. */
export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxZipEntries: 2000,
  maxZipUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntryBytes: 100 * 1024 * 1024,
  // Apache POI refuses below 1 % (ratio 100); ordinary Word XML compresses 5–30 times.
  maxZipCompressionRatio: 100,
  ratioCheckAboveBytes: 1024 * 1024,
  workerTimeoutMs: 20_000,
  workerHeapMb: 256,
  workerRssGrowthMb: 768,
};
