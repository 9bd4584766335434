import { beforeAll, describe, expect, it } from 'vitest';
import { qrTextToJws } from '../../src/protocol/index.ts';
import { createDecoderChain, decodeFrame } from '../../src/scanner/decoder-chain.ts';
import { createJsqrDecoder } from '../../src/scanner/jsqr-decoder.ts';
import { createZxingDecoder } from '../../bench/lib/zxing-decoder.ts';
import { createZxingWasmDecoder } from '../../src/scanner/zxing-wasm-decoder.ts';
import type { Decoder } from '../../src/scanner/types.ts';
import { qrMatrix, qrTextFor, renderCameraFrame, renderFrame } from '../helpers/qr-frames.ts';
import { nodeWasmSource } from '../helpers/qr-photos.ts';
import { buildCorpus, fakeStatusJws, seededRandom, type CorpusCase } from './corpus.ts';

const asFrame = (luma: Uint8Array, width: number, height: number) => ({
  data: new Uint8ClampedArray(luma.buffer),
  width,
  height,
});

describe('the decoder chain on a corpus of camera-like frames', () => {
  let corpus: CorpusCase[];
  beforeAll(() => {
    corpus = buildCorpus(200);
  });

  it('covers versions 2 to 20 and beyond, every ECC level, both frame sizes, every content', () => {
    const versions = corpus.map((c) => c.version);
    expect(corpus.length).toBeGreaterThanOrEqual(90);
    expect(Math.min(...versions)).toBeLessThanOrEqual(3);
    expect(Math.max(...versions)).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((c) => c.ecl))).toEqual(new Set(['L', 'M', 'Q', 'H']));
    expect(new Set(corpus.map((c) => c.frame.width))).toEqual(new Set([640, 1280]));
    const kinds = new Set(corpus.map((c) => c.label.split(' ')[1]));
    expect(kinds).toEqual(new Set(['url', 'kycvs', 'jws']));
    // The JWS inside each token case, raw or as the digits of a kycvs:/ text (SPEC §5).
    const jwsLengths = corpus
      .filter((c) => !c.text.startsWith('https:'))
      .map((c) => (c.text.startsWith('kycvs:/') ? (c.text.length - 7) / 2 : c.text.length));
    expect(Math.min(...jwsLengths)).toBeLessThan(320);
    expect(Math.max(...jwsLengths)).toBeGreaterThan(450);
  });

  it(
    'reads every code exactly, and reports what each decoder reads alone',
    { timeout: 120_000 },
    async () => {
      const chain = await createDecoderChain({ wasm: nodeWasmSource() });
      const misses: string[] = [];
      for (const c of corpus) {
        const result = await decodeFrame(chain, c.frame);
        if (result?.text !== c.text) misses.push(c.label);
      }

      const alone = new Map<string, number>();
      const missedBy = new Map<string, string[]>();
      const singles: Decoder[] = [
        await createZxingWasmDecoder(nodeWasmSource()),
        createZxingDecoder(),
        createJsqrDecoder(),
      ];
      for (const decoder of singles) {
        let hits = 0;
        for (const c of corpus) {
          if ((await decoder.decode(c.frame))?.text === c.text) hits++;
          else missedBy.set(decoder.name, [...(missedBy.get(decoder.name) ?? []), c.label]);
        }
        alone.set(decoder.name, hits);
      }

      console.log(`decoder chain on ${corpus.length} frames:`);
      console.table(
        [...chain.stats].map(([name, s]) => ({
          decoder: name,
          'tried (chain)': s.attempts,
          'read (chain)': s.hits,
          'read alone': alone.get(name),
          'ms per try': +(s.totalMs / Math.max(1, s.attempts)).toFixed(1),
        })),
      );
      for (const name of alone.keys())
        console.log(`missed by ${name} alone:`, missedBy.get(name) ?? []);

      expect(misses).toEqual([]);
      for (const hits of alone.values())
        expect(corpus.length - misses.length).toBeGreaterThanOrEqual(hits);
    },
  );

  it('reads clean kycvs codes of versions 13 and 14 at 4 to 7 pixels a module', async () => {
    // SPEC §5: a holder token fits version 13 at level M; one version over is read as well.
    const chain = await createDecoderChain({ wasm: nodeWasmSource() });
    const random = seededRandom(14);
    const wanted = new Map([
      [13, 4],
      [14, 4],
    ]);
    const read: string[] = [];
    while ([...wanted.values()].some((left) => left > 0)) {
      const jws = fakeStatusJws(random, 30 + Math.floor(random() * 70));
      const text = qrTextFor(jws);
      const matrix = qrMatrix(text, 'M');
      if (!wanted.get(matrix.version)) continue;
      wanted.set(matrix.version, wanted.get(matrix.version)! - 1);
      for (const moduleSize of [4, 5, 6, 7]) {
        const frame = asFrame(
          renderFrame(matrix, { width: 1280, height: 720, moduleSize }),
          1280,
          720,
        );
        const label = `version ${matrix.version} at ${moduleSize} px`;
        const result = await decodeFrame(chain, frame);
        expect(result?.text, label).toBe(text);
        expect(qrTextToJws(result!.text), label).toBe(jws);
        // The bytes are the text's ASCII: `kycvs:/` in byte mode, the digits in numeric mode.
        expect(result && new TextDecoder().decode(result.bytes), label).toBe(text);
        expect(result?.exact, label).toBe(true);
        read.push(label);
      }
    }
    expect(read).toHaveLength(32);
  });

  it('finds no code in frames that hold none', async () => {
    const chain = await createDecoderChain({ wasm: nodeWasmSource() });
    const blank = new Uint8Array(640 * 480).fill(200);
    // A QR-like texture with no finder patterns: random modules with no code structure.
    const random = seededRandom(7);
    const texture = renderCameraFrame(
      { size: 60, version: 0, dark: () => random() < 0.5 },
      { width: 640, height: 480, moduleSize: 6, noise: 6 },
    );
    expect(await decodeFrame(chain, asFrame(blank, 640, 480))).toBeNull();
    expect(await decodeFrame(chain, asFrame(texture, 640, 480))).toBeNull();
  });
});
