import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';
import type { OcrEngine } from './types';

export interface OcrEngineOptions {
  /** Where tesseract keeps the unpacked model between runs; a folder under the OS temp dir. */
  cachePath?: string;
}

/** Tesseract could not decode the image (damaged or truncated file): the caller's input is bad. */
export class UnreadableImageError extends Error {
  constructor(reason: string) {
    super(`The image could not be read: ${reason}`);
    this.name = 'UnreadableImageError';
  }
}

const require = createRequire(import.meta.url);

/**
 * The English LSTM model shipped in node_modules. Without an explicit langPath tesseract.js would
 * download it from a CDN; the worker script and the WASM core already load from node_modules.
 */
function englishModelPath(): string {
  const packageDir = dirname(require.resolve('@tesseract.js-data/eng/package.json'));
  return join(packageDir, '4.0.0_best_int');
}

async function createTesseractWorker(cachePath: string): Promise<Tesseract.Worker> {
  await mkdir(cachePath, { recursive: true });
  return Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
    langPath: englishModelPath(),
    gzip: true,
    cachePath,
    // Without a handler tesseract.js rethrows a failed job inside its message listener, which
    // crashes the process; the job's own promise still rejects, and that is where we handle it.
    errorHandler: () => {},
  });
}

function toError(failure: unknown): Error {
  const message = String(failure instanceof Error ? failure.message : failure);
  if (/read image|pix not read|cannot be read/i.test(message)) {
    return new UnreadableImageError(message.replace(/^Error:\s*/, ''));
  }
  return failure instanceof Error ? failure : new Error(message);
}

/**
 * One tesseract worker, created on first use and reused. Calls run one after another: a worker
 * holds a single WASM instance, and recognition is CPU-bound, so parallel calls would only queue
 * inside the worker while holding their images in memory.
 */
export function createOcrEngine(options: OcrEngineOptions = {}): OcrEngine {
  const cachePath = options.cachePath ?? join(tmpdir(), 'pharmacy-tesseract-cache');
  let worker: Promise<Tesseract.Worker> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const getWorker = (): Promise<Tesseract.Worker> => {
    worker ??= createTesseractWorker(cachePath).catch((error: unknown) => {
      worker = null; // let the next call try again
      throw toError(error);
    });
    return worker;
  };

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    recognize: (image) =>
      enqueue(async () => {
        const current = await getWorker();
        try {
          const { data } = await current.recognize(image);
          return data.text;
        } catch (error) {
          throw toError(error);
        }
      }),
    terminate: () =>
      enqueue(async () => {
        const current = worker;
        worker = null;
        const started = await current?.catch(() => null);
        await started?.terminate();
      }),
  };
}
