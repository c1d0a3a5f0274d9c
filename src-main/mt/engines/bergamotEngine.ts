/**
 * The offline engine: Mozilla's Bergamot translator (Marian compiled to WebAssembly, from the npm
 * package `@browsermt/bergamot-translator`) running model files from disk. It runs only inside
 * the MT worker (src-main/workers/mtWorker.ts): a batch is synchronous WASM work that blocks its
 * thread, and a model takes tens of megabytes of WASM memory that must not live in main.
 *
 * The package's own worker script (worker/translator-worker.js) is CommonJS that fakes a Web
 * Worker and evaluates the emscripten glue with `eval`. We keep its two essential moves — the glue
 * gets a `Module` object whose `instantiateWasm` links the intgemm fallbacks the binary exports
 * under other names, and model files are copied into aligned WASM memory — but read the .wasm
 * with fs, compile it once per worker, and run the glue text with `node:vm` (see `loadGlue`).
 *
 * What it reads: only `manifest.json` in the model folder (src-main/mt/models/modelManifest.ts)
 * and the files it names; nothing is fetched from anywhere.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { gunzip } from 'node:zlib';
import { existsSync } from 'node:fs';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { AppError } from '../../services/appError.ts';
import { manifestFileName, type ModelFileEntry, type ModelManifest } from '../models/modelManifest.ts';
import type { MtEngine, MtRequest, MtRunContext } from '../mtEngine.ts';

const gunzipAsync = promisify(gunzip);

/** Segments per WASM call: big enough for Marian's batching, small enough that cancel and progress stay responsive. */
export const bergamotBatchSize = 16;

export interface BergamotEngineOptions {
  /** The direction's model folder (`<data folder>/mt-models/<from>-<to>/`), holding manifest.json. */
  modelDir: string;
}

// ---- The slice of the embind API we use (names as the package's translator-worker.js uses them) ----

interface Deletable {
  delete(): void;
}
interface AlignedMemory extends Deletable {
  getByteArrayView(): Uint8Array;
}
interface AlignedMemoryList extends Deletable {
  push_back(memory: AlignedMemory): void;
}
interface VectorString extends Deletable {
  push_back(text: string): void;
}
interface VectorResponseOptions extends Deletable {
  push_back(options: { alignment: boolean; html: boolean; qualityScores: boolean }): void;
}
interface VectorResponse extends Deletable {
  size(): number;
  get(index: number): { getTranslatedText(): string };
}
type TranslationModel = Deletable;
interface BlockingService extends Deletable {
  translate(model: TranslationModel, input: VectorString, options: VectorResponseOptions): VectorResponse;
}
interface BergamotModule {
  asm: Record<string, (...args: number[]) => number>;
  AlignedMemory: new (size: number, alignment: number) => AlignedMemory;
  AlignedMemoryList: new () => AlignedMemoryList;
  VectorString: new () => VectorString;
  VectorResponseOptions: new () => VectorResponseOptions;
  TranslationModel: new (config: string, model: AlignedMemory, shortlist: AlignedMemory, vocabs: AlignedMemoryList, quality: AlignedMemory | null) => TranslationModel;
  BlockingService: new (options: { cacheSize: number }) => BlockingService;
}

/**
 * Node has WebAssembly, but our type libraries (ES2024 + Node) do not declare it; this is the
 * part we call, with the module and instance kept opaque.
 */
type WasmModule = object;
type WasmInstance = object;
type WasmImports = Record<string, unknown>;
const wasmApi = (globalThis as unknown as {
  WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule>; instantiate(module: WasmModule, imports: WasmImports): Promise<WasmInstance> };
}).WebAssembly;

/** What the emscripten glue reads from and writes to the `Module` object we hand it. */
interface GlueModule extends Partial<BergamotModule> {
  instantiateWasm(imports: WasmImports, accept: (instance: WasmInstance) => void): object;
  onRuntimeInitialized(): void;
  onAbort(what: unknown): void;
  print(line: string): void;
  printErr(line: string): void;
}

/**
 * The binary imports these intgemm functions from a `wasm_gemm` module (Firefox can supply a
 * native one) and also exports its own slower implementations under the fallback names; like the
 * package's worker we link the former to the latter.
 */
const gemmFallbacks: Record<string, string> = {
  int8_prepare_a: 'int8PrepareAFallback',
  int8_prepare_b: 'int8PrepareBFallback',
  int8_prepare_b_from_transposed: 'int8PrepareBFromTransposedFallback',
  int8_prepare_b_from_quantized_transposed: 'int8PrepareBFromQuantizedTransposedFallback',
  int8_prepare_bias: 'int8PrepareBiasFallback',
  int8_multiply_and_add_bias: 'int8MultiplyAndAddBiasFallback',
  int8_select_columns_of_b: 'int8SelectColumnsOfBFallback',
};

/**
 * A file of the package's worker/ folder. Resolved from node_modules at run time (tests, the CLI
 * and the built app in out/main alike), never bundled. In a packaged app the folder must be
 * unpacked from the asar archive (asarUnpack), because the files are read with plain fs.
 */
export function bergamotPackageFile(name: 'bergamot-translator-worker.wasm' | 'bergamot-translator-worker.js'): string {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('@browsermt/bergamot-translator/package.json')), 'worker', name);
  const unpacked = file.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
  return unpacked !== file && existsSync(unpacked) ? unpacked : file;
}

interface CompiledWasm {
  wasm: WasmModule;
  glue: vm.Script;
  compileMs: number;
}

let compiled: Promise<CompiledWasm> | null = null;

/**
 * The glue is a classic script that declares `var Module = typeof Module != "undefined" ? Module : {}`
 * and dozens of other top-level names. Wrapped in a function and run with vm's runInThisContext it
 * becomes a factory: each call gets our `Module` as a parameter and its own closure, so a fresh
 * runtime can be made after an abort without leftovers in the worker's globals. vm compiles the
 * package's file text like a module load does; there is no eval or new Function (lint forbids them).
 */
async function loadGlue(): Promise<vm.Script> {
  const file = bergamotPackageFile('bergamot-translator-worker.js');
  const text = await readFile(file, 'utf8');
  return new vm.Script(`(function (Module) {${text}\n})`, { filename: file });
}

/** Reads and compiles the WASM once per worker; instances are cheap after that. */
function compileWasm(): Promise<CompiledWasm> {
  compiled ??= (async () => {
    const started = performance.now();
    const [bytes, glue] = await Promise.all([readFile(bergamotPackageFile('bergamot-translator-worker.wasm')), loadGlue()]);
    const wasm = await wasmApi.compile(bytes);
    return { wasm, glue, compileMs: performance.now() - started };
  })();
  compiled.catch(() => (compiled = null));
  return compiled;
}

interface LoadedModel {
  /** Changes when the folder's model is replaced, so a stale model is never used. */
  key: string;
  /** Shared by jobs that ask while it loads, so a model is never built twice. */
  model: Promise<TranslationModel>;
}

interface Runtime {
  module: BergamotModule;
  service: BlockingService;
  /** Per model folder (one per direction). */
  models: Map<string, LoadedModel>;
  /** Marian's recent stderr lines (its error explanations end up there, not in the exception). */
  log: string[];
  /** Set after an abort or a thrown C++ exception: the instance's state can no longer be trusted. */
  broken: boolean;
}

/** The worker's runtime, once started; replaced when it is broken. */
let runtime: Runtime | null = null;
let starting: Promise<Runtime> | null = null;

export interface BergamotRuntimeStats {
  /** Reading and compiling the .wasm (once per worker; 0 when it was already compiled). */
  compileMs: number;
  /** Running the glue, instantiating and constructing the BlockingService. */
  instantiateMs: number;
  /** The BlockingService exists: the WASM runtime answers. */
  serviceReady: boolean;
  /** How many runtimes this worker created (more than 1 after an abort). */
  instances: number;
}

let instances = 0;
let lastStats: BergamotRuntimeStats | null = null;

function instantiate(compiledWasm: CompiledWasm, log: string[]): Promise<BergamotModule> {
  return new Promise<BergamotModule>((resolve, reject) => {
    const module: GlueModule = {
      instantiateWasm(imports, accept) {
        const wasmGemm = Object.fromEntries(Object.entries(gemmFallbacks).map(([name, fallback]) => [name, (...args: number[]) => module.asm![fallback]!(...args)]));
        wasmApi.instantiate(compiledWasm.wasm, { ...imports, wasm_gemm: wasmGemm }).then(accept, reject);
        // Tells the glue the instance arrives asynchronously through `accept`.
        return {};
      },
      onRuntimeInitialized: () => resolve(module as BergamotModule),
      onAbort: (what) => reject(new Error(`the WASM runtime aborted while starting: ${String(what)}`)),
      // Marian is told to be quiet; what it still prints is kept to explain failures.
      print: () => undefined,
      printErr: (line) => {
        log.push(line);
        if (log.length > 20) log.shift();
      },
    };
    try {
      (compiledWasm.glue.runInThisContext() as (module: GlueModule) => void)(module);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * The worker's Bergamot runtime: compiled once, instantiated once, and instantiated again only
 * after an abort left the previous instance unusable. Also used to warm the worker up before the
 * first translation and to measure load times.
 */
export async function loadBergamotRuntime(): Promise<BergamotRuntimeStats> {
  await getRuntime();
  return lastStats!;
}

async function getRuntime(): Promise<Runtime> {
  if (runtime && !runtime.broken) return runtime;
  starting ??= (async () => {
    const hadCompiled = compiled !== null;
    const wasm = await compileWasm();
    const started = performance.now();
    const log: string[] = [];
    const module = await instantiate(wasm, log);
    const service = new module.BlockingService({ cacheSize: 0 });
    instances++;
    lastStats = { compileMs: hadCompiled ? 0 : wasm.compileMs, instantiateMs: performance.now() - started, serviceReady: true, instances };
    runtime = { module, service, models: new Map(), log, broken: false };
    return runtime;
  })().finally(() => (starting = null));
  return starting;
}

/**
 * Marks a runtime whose state cannot be trusted after an abort or a C++ exception (the WASM stack
 * and heap may be half unwound); the next call builds a fresh instance from the compiled module.
 */
function discard(current: Runtime): void {
  current.broken = true;
  current.models.clear();
}

/** Marian's explanation of the last failure ("SentencePiece vocabulary error …"), without timestamps. */
function marianSays(current: Runtime): string {
  const lines = current.log
    .filter((line) => /error/i.test(line) && !/^Aborted/.test(line))
    .map((line) => line.replace(/^\[[^\]]*\]\s*/, '').trim());
  current.log.length = 0;
  return lines.length ? lines.join(' | ') : '';
}

function describe(error: unknown): string {
  // Emscripten throws C++ exceptions as bare numbers (pointers); aborts as WebAssembly.RuntimeError.
  return error instanceof Error ? error.message : `C++ exception ${String(error)}`;
}

// ---- Model files ----

function isManifestFile(value: unknown): value is ModelFileEntry {
  const file = value as ModelFileEntry;
  return typeof file === 'object' && file !== null && typeof file.name === 'string' && typeof file.size === 'number';
}

async function readManifest(modelDir: string, from: Lang, to: Lang): Promise<ModelManifest> {
  let text: string;
  try {
    text = await readFile(join(modelDir, manifestFileName), 'utf8');
  } catch {
    throw new AppError('MT_NO_MODEL', `no ${from}→${to} model is installed (no ${manifestFileName} in ${modelDir})`);
  }
  let manifest: ModelManifest;
  try {
    manifest = JSON.parse(text) as ModelManifest;
  } catch {
    throw new AppError('MT_MODEL_INVALID', `the ${from}→${to} model's ${manifestFileName} is damaged`);
  }
  if (!isManifestFile(manifest.model) || !isManifestFile(manifest.lex) || !Array.isArray(manifest.vocabs) || !manifest.vocabs.length || !manifest.vocabs.every(isManifestFile)) {
    throw new AppError('MT_MODEL_INVALID', `the ${from}→${to} model's ${manifestFileName} does not list a model, a shortlist and a vocabulary`);
  }
  if (manifest.from !== from || manifest.to !== to) {
    throw new AppError('MT_NO_MODEL', `the model in ${modelDir} translates ${manifest.from}→${manifest.to}, not ${from}→${to}`);
  }
  return manifest;
}

/** A file's bytes, checked against the manifest's size and unpacked when it is gzip (as Firefox's models are served). */
async function readModelFile(modelDir: string, file: ModelFileEntry): Promise<Uint8Array> {
  // The manifest names files inside the folder; anything else is not ours to read.
  if (!file.name || /[/\\]/.test(file.name) || file.name === '..' || file.name === '.') {
    throw new AppError('MT_MODEL_INVALID', `the manifest names a file outside the model folder: ${file.name}`);
  }
  const path = join(modelDir, file.name);
  const size = await stat(path).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) throw new AppError('MT_NO_MODEL', `the model file ${file.name} is missing from ${modelDir}`);
  if (size !== file.size) throw new AppError('MT_MODEL_INVALID', `the model file ${file.name} has ${size} bytes, the manifest says ${file.size}`);
  const bytes = await readFile(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return new Uint8Array(await gunzipAsync(bytes));
    } catch {
      throw new AppError('MT_MODEL_INVALID', `the model file ${file.name} is a damaged gzip file`);
    }
  }
  return bytes;
}

/**
 * Marian's options, as the package's worker sets them: its defaults, then the fixed overrides.
 * Models with precomputed quantisation multipliers ("…alphas.bin") use int8shiftAlphaAll; others
 * (Firefox's newer "…intgemm8.bin") compute them, int8shiftAll (the only other mode this WASM build has).
 */
function modelConfig(modelFileName: string): string {
  const precision = /alphas/.test(modelFileName) ? 'int8shiftAlphaAll' : 'int8shiftAll';
  return [
    'beam-size: 1',
    'normalize: 1.0',
    'word-penalty: 0',
    'cpu-threads: 0',
    `gemm-precision: ${precision}`,
    'skip-cost: true',
    'alignment: soft',
    'quiet: true',
    'quiet-translation: true',
    'max-length-break: 128',
    'mini-batch-words: 1024',
    'workspace: 128',
    'max-length-factor: 2.0',
    '',
  ].join('\n');
}

function alignedMemory(module: BergamotModule, bytes: Uint8Array, alignment: number): AlignedMemory {
  const memory = new module.AlignedMemory(bytes.byteLength, alignment);
  memory.getByteArrayView().set(bytes);
  return memory;
}

/** The model for `modelDir` in a working runtime: cached per folder, loaded on first use. */
async function modelFor(modelDir: string, manifest: ModelManifest): Promise<{ current: Runtime; model: TranslationModel }> {
  const current = await getRuntime().catch((error: unknown) => {
    throw new AppError('MT_UNAVAILABLE', `the offline engine could not start: ${describe(error)}`);
  });
  const key = JSON.stringify([manifest.model, manifest.lex, manifest.vocabs, manifest.installedAt]);
  const cached = current.models.get(modelDir);
  if (cached?.key === key) return { current, model: await cached.model };
  if (cached) {
    // The folder holds a different model now (re-installed): free the old one's WASM memory.
    current.models.delete(modelDir);
    void cached.model.then(
      (old) => old.delete(),
      () => undefined,
    );
  }
  const loading = buildModel(current, modelDir, manifest);
  current.models.set(modelDir, { key, model: loading });
  loading.catch(() => {
    if (current.models.get(modelDir)?.model === loading) current.models.delete(modelDir);
  });
  return { current, model: await loading };
}

async function buildModel(current: Runtime, modelDir: string, manifest: ModelManifest): Promise<TranslationModel> {
  // One vocabulary may be listed twice (shared source and target); Marian wants it once.
  const vocabEntries = manifest.vocabs.filter((v, i, all) => all.findIndex((w) => w.name === v.name) === i);
  const [modelBytes, lexBytes, ...vocabBytes] = await Promise.all([manifest.model, manifest.lex, ...vocabEntries].map((file) => readModelFile(modelDir, file)));
  // Another job's failure may have thrown this runtime away while the files were read.
  if (current.broken) throw new AppError('MT_UNAVAILABLE', 'the offline engine was restarted; try again');
  const { module } = current;
  try {
    const vocabs = new module.AlignedMemoryList();
    for (const bytes of vocabBytes) vocabs.push_back(alignedMemory(module, bytes, 64));
    return new module.TranslationModel(modelConfig(manifest.model.name), alignedMemory(module, modelBytes!, 256), alignedMemory(module, lexBytes!, 64), vocabs, null);
  } catch (error) {
    const said = marianSays(current);
    discard(current);
    throw new AppError('MT_MODEL_INVALID', `the ${manifest.from}→${manifest.to} model could not be loaded: ${said || describe(error)}`);
  }
}

/** Lets the worker read its messages (a cancel) between two blocking WASM calls. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function translateBatch(current: Runtime, model: TranslationModel, texts: string[], html: boolean): string[] {
  const { module, service } = current;
  const input = new module.VectorString();
  const options = new module.VectorResponseOptions();
  try {
    for (const text of texts) {
      input.push_back(text);
      options.push_back({ alignment: false, html, qualityScores: false });
    }
    const responses = service.translate(model, input, options);
    try {
      if (responses.size() !== texts.length) throw new AppError('MT_BAD_REPLY', `the offline engine returned ${responses.size()} translations for ${texts.length} segments`);
      return texts.map((_, i) => responses.get(i).getTranslatedText());
    } finally {
      responses.delete();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const said = marianSays(current);
    discard(current);
    const reason = said || describe(error);
    // Marian checks a model's parameters only when it first runs it: a shape or vocabulary that does
    // not fit is the model's fault (reinstall it), anything else (out of memory) the engine's.
    if (/shape|parameter|vocab|model/i.test(reason)) throw new AppError('MT_MODEL_INVALID', `the offline model cannot be run: ${reason}`);
    throw new AppError('MT_UNAVAILABLE', `the offline engine failed on this batch: ${reason}`);
  } finally {
    input.delete();
    options.delete();
  }
}

export class BergamotEngine implements MtEngine {
  readonly kind = 'bergamot' as const;
  readonly offline = true;
  private readonly modelDir: string;

  constructor(options: BergamotEngineOptions) {
    this.modelDir = options.modelDir;
  }

  async translate(request: MtRequest, context: MtRunContext): Promise<string[]> {
    const { signal } = context;
    signal.throwIfAborted();
    const manifest = await readManifest(this.modelDir, request.from, request.to);
    signal.throwIfAborted();
    const { current, model } = await modelFor(this.modelDir, manifest);
    signal.throwIfAborted();
    // Blank segments need no engine and stay as they were (as with the HTTP engines); the rest go to Marian in order.
    const out = [...request.segments];
    const todo = request.segments.flatMap((text, index) => (text.trim() ? [index] : []));
    let done = request.segments.length - todo.length;
    if (done) context.onProgress(done);
    for (let start = 0; start < todo.length; start += bergamotBatchSize) {
      await yieldToEvents();
      signal.throwIfAborted();
      // Another job's failure may have thrown this runtime (and our model with it) away meanwhile.
      if (current.broken) throw new AppError('MT_UNAVAILABLE', 'the offline engine was restarted; try again');
      const indexes = todo.slice(start, start + bergamotBatchSize);
      const translated = translateBatch(
        current,
        model,
        indexes.map((i) => request.segments[i]!),
        request.markup,
      );
      indexes.forEach((segment, k) => {
        const text = translated[k]!;
        // An empty result for a non-empty source is not a translation; say so rather than fill it in.
        if (!text.trim()) throw new AppError('MT_BAD_REPLY', `the offline engine returned nothing for segment ${segment + 1}`);
        out[segment] = text;
      });
      done += indexes.length;
      context.onProgress(done);
    }
    return out;
  }
}
