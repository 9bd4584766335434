/**
 * photo_hits: how many of the photographs in shared/testdata/qr-photos each decoder reads, and
 * the decoder chain as the scanner builds it, at 0, 90, 180 and 270 degrees; with the time per
 * frame, the same on the generated camera-like corpus, and on frames that hold no code. The
 * figures the chain's order and pacing in src/scanner/decoder-chain.ts were chosen from.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_FALLBACKS,
  createDecoderChain,
  decodeFrame,
  type DecoderChain,
} from '../src/scanner/decoder-chain.ts';
import { createZxingDecoder } from './lib/zxing-decoder.ts';
import { toRgba } from '../src/scanner/luma.ts';
import type { Decoder } from '../src/scanner/types.ts';
import { renderCameraFrame } from '../test/helpers/qr-frames.ts';
import {
  ROTATIONS,
  loadQrPhotos,
  measureReader,
  nodeWasmSource,
  photoCases,
  type MeasureCase,
  type ReadFigures,
  type ReadFrame,
} from '../test/helpers/qr-photos.ts';
import { buildCorpus, seededRandom } from '../test/scanner/corpus.ts';
import { say, type BenchContext, type BenchModule, type KeySpec } from './lib/module.ts';
import type { Goal } from './lib/stats.ts';

/** The single decoders measured (BarcodeDetector is absent in headless Linux Chromium and Node). */
export const SINGLE_DECODERS = ['zxing-wasm', 'zxing', 'jsqr'] as const;

/** One decoder by name; @zxing/library is built here only, for the comparison. */
async function singleDecoder(name: (typeof SINGLE_DECODERS)[number]): Promise<Decoder> {
  if (name === 'zxing') return createZxingDecoder();
  const chain = await createDecoderChain({
    native: false,
    fallbacks: [name],
    wasm: nodeWasmSource(),
  });
  return chain.decoders[0]!;
}

/** Figures of one reader (a decoder or the chain) per rotation and on the other sets. */
export interface ReaderRow {
  reader: string;
  rotations: Record<string, ReadFigures>;
  camera: ReadFigures;
  noCode: ReadFigures;
}

/** Everything photo_hits measures. */
export interface PhotoHits {
  photos: number;
  chainOrder: string[];
  rows: ReaderRow[];
}

/** Frames with no code: flat grey, a QR-like texture without finder patterns, dense "text". */
export function noCodeCases(): MeasureCase[] {
  const random = seededRandom(7);
  const texture = renderCameraFrame(
    { size: 60, version: 0, dark: () => random() < 0.5 },
    { width: 640, height: 480, moduleSize: 6, noise: 6 },
  );
  const lines = renderCameraFrame(
    { size: 120, version: 0, dark: (x, y) => y % 3 === 0 && random() < 0.7 && x % 9 !== 0 },
    { width: 1280, height: 720, moduleSize: 5, noise: 8 },
  );
  const flat = new Uint8Array(1280 * 720).fill(200);
  const frames: Array<[string, Uint8Array, number, number]> = [
    ['flat', flat, 1280, 720],
    ['texture', texture, 640, 480],
    ['text-page', lines, 1280, 720],
  ];
  return frames.map(([label, luma, width, height]) => ({
    label,
    text: null,
    frame: {
      data: toRgba({ data: new Uint8ClampedArray(luma.buffer), width, height }),
      width,
      height,
    },
  }));
}

/** The camera corpus of test/scanner/corpus.ts as RGBA cases. */
export function cameraCases(count: number): MeasureCase[] {
  return buildCorpus(count).map((c) => ({
    label: c.label,
    text: c.text,
    frame: { data: toRgba(c.frame), width: c.frame.width, height: c.frame.height },
  }));
}

/** A reader from one decoder. */
function fromDecoder(decoder: Decoder): ReadFrame {
  return async (frame) => decoder.decode(frame);
}

/** A reader from a chain (every decoder tries, as on a still image). */
function fromChain(chain: DecoderChain): ReadFrame {
  return (frame) => decodeFrame(chain, frame);
}

/** Measures every single decoder and the default chain. */
export async function measurePhotoHits(
  options: { cameraFrames?: number; repeatNoCode?: number } = {},
): Promise<PhotoHits> {
  const { cameraFrames = 200, repeatNoCode = 3 } = options;
  const wasm = nodeWasmSource();
  const photos = await loadQrPhotos();
  const byRotation = new Map(ROTATIONS.map((r) => [r, photoCases(photos, r)]));
  const camera = cameraFrames > 0 ? cameraCases(cameraFrames) : [];
  const noCode = Array.from({ length: repeatNoCode }, () => noCodeCases()).flat();
  const chain = await createDecoderChain({ native: false, fallbacks: DEFAULT_FALLBACKS, wasm });
  const readers: Array<[string, ReadFrame]> = [];
  for (const name of SINGLE_DECODERS) readers.push([name, fromDecoder(await singleDecoder(name))]);
  readers.push(['chain', fromChain(chain)]);
  const rows: ReaderRow[] = [];
  for (const [reader, read] of readers) {
    // One untimed pass warms the decoder (JIT, wasm tiers) before anything is timed.
    await measureReader(read, byRotation.get(0)!.slice(0, 5));
    const rotations: Record<string, ReadFigures> = {};
    for (const [degrees, cases] of byRotation)
      rotations[degrees] = await measureReader(read, cases);
    rows.push({
      reader,
      rotations,
      camera: await measureReader(read, camera),
      noCode: await measureReader(read, noCode),
    });
  }
  return { photos: photos.length, chainOrder: chain.decoders.map((d) => d.name), rows };
}

/** The readers as results.json names them in its keys. */
const READER_KEYS: Record<string, string> = {
  'zxing-wasm': 'zxing_wasm',
  zxing: 'zxing',
  jsqr: 'jsqr',
  chain: 'chain',
};

const hitsKey = (reader: string, degrees: number) => `photo_hits_${READER_KEYS[reader]}_${degrees}`;

const KEYS: KeySpec[] = [
  ...['zxing-wasm', 'zxing', 'jsqr', 'chain'].flatMap((reader) =>
    ROTATIONS.map((degrees) => ({ key: hitsKey(reader, degrees), unit: 'photos' })),
  ),
  // The chain's hits less the best single decoder's, at its worst rotation.
  { key: 'photo_hits_chain_margin', unit: 'photos', goal: { op: '>=', limit: 0 } },
  { key: 'photo_hits_chain_camera_missed', unit: 'frames', goal: { op: '==', limit: 0 } },
  { key: 'photo_hits_chain_no_code_wrong', unit: 'frames', goal: { op: '==', limit: 0 } },
];

/** What one reader's figures become in results.json's notes. */
function figuresNote(row: ReaderRow) {
  const entry = (f: ReadFigures) => ({
    hits: f.hits,
    frames: f.frames,
    wrong: f.wrong,
    ms_per_frame: f.msPerFrame,
  });
  return {
    ...Object.fromEntries(Object.entries(row.rotations).map(([r, f]) => [r, entry(f)])),
    camera: entry(row.camera),
    no_code: entry(row.noCode),
  };
}

/** The `photo_hits` bench module: per decoder and for the chain, per rotation. */
export const bench: BenchModule = {
  name: 'photo_hits',
  title: 'QR photographs read by each decoder and by the chain, at 0, 90, 180 and 270 degrees',
  keys: KEYS,
  async run() {
    const figures = await measurePhotoHits();
    const chain = figures.rows.find((row) => row.reader === 'chain')!;
    const singles = figures.rows.filter((row) => row.reader !== 'chain');
    const values: Record<string, number | null> = {};
    const goals: Record<string, Goal> = {};
    const margins: number[] = [];
    for (const row of figures.rows) {
      for (const degrees of ROTATIONS) {
        values[hitsKey(row.reader, degrees)] = row.rotations[degrees]!.hits;
      }
    }
    for (const degrees of ROTATIONS) {
      const best = Math.max(...singles.map((row) => row.rotations[degrees]!.hits));
      // At every rotation the chain reads at least as many as the best single decoder.
      goals[hitsKey('chain', degrees)] = { op: '>=', limit: best };
      margins.push(chain.rotations[degrees]!.hits - best);
    }
    values.photo_hits_chain_margin = Math.min(...margins);
    values.photo_hits_chain_camera_missed = chain.camera.frames - chain.camera.hits;
    values.photo_hits_chain_no_code_wrong = chain.noCode.wrong;
    for (const row of figures.rows) {
      say(
        `${row.reader.padEnd(10)} ${ROTATIONS.map((r) => `${r}°: ${row.rotations[r]!.hits}`).join(', ')}` +
          `; camera ${row.camera.hits}/${row.camera.frames}; no code ${row.noCode.hits}/${row.noCode.frames}`,
      );
    }
    return {
      values,
      goals,
      reasons: {
        photo_hits_chain_margin: `chain order ${figures.chainOrder.join(' > ')}`,
      },
      notes: {
        photos: figures.photos,
        chain_order: figures.chainOrder,
        goal: 'chain >= best single decoder at every rotation',
        ...Object.fromEntries(figures.rows.map((row) => [row.reader, figuresNote(row)])),
        missed_by_chain: Object.fromEntries(ROTATIONS.map((r) => [r, chain.rotations[r]!.missed])),
      },
    };
  },
};

// Run alone: `node --import tsx bench/photo-hits.ts`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await bench.run({} as BenchContext), null, 1));
}
