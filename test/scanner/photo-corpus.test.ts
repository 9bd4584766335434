/**
 * The decoder chain against real photographs of QR codes (shared/testdata/qr-photos, decoded
 * by Chromium), turned 0, 90, 180 and 270 degrees: it reads at least as many as the best single
 * decoder at every rotation, and never a wrong text. The figures are printed; the bench keeps
 * them as photo_hits.
 */
import { beforeAll, expect, it } from 'vitest';
import { measurePhotoHits, type PhotoHits } from '../../bench/photo-hits.ts';
import { describeBrowser } from '../helpers/browser.ts';
import { ROTATIONS, listQrPhotos } from '../helpers/qr-photos.ts';

/** zxing-cpp's reference point on the upright photographs (shared/testdata/README.md). */
const ZXING_CPP_UPRIGHT = 62;

describeBrowser('the decoder chain on real photographs', () => {
  let figures: PhotoHits;
  beforeAll(async () => {
    figures = await measurePhotoHits({ cameraFrames: 0, repeatNoCode: 1 });
    console.table(
      figures.rows.map((row) => ({
        reader: row.reader,
        ...Object.fromEntries(ROTATIONS.map((r) => [`${r}°`, row.rotations[r]!.hits])),
        'no code right': `${row.noCode.hits}/${row.noCode.frames}`,
      })),
    );
  }, 300_000);

  it('has the 69 photographs, each with its expected text', () => {
    expect(listQrPhotos()).toHaveLength(69);
    expect(figures.photos).toBe(69);
  });

  it('reads at least as many as the best single decoder at every rotation', () => {
    const chain = figures.rows.find((row) => row.reader === 'chain')!;
    const singles = figures.rows.filter((row) => row.reader !== 'chain');
    expect(singles.map((row) => row.reader)).toEqual(['zxing-wasm', 'zxing', 'jsqr']);
    for (const degrees of ROTATIONS) {
      const best = Math.max(...singles.map((row) => row.rotations[degrees]!.hits));
      expect(chain.rotations[degrees]!.hits, `at ${degrees}°`).toBeGreaterThanOrEqual(best);
      expect(chain.rotations[degrees]!.wrong, `wrong texts at ${degrees}°`).toBe(0);
    }
  });

  it('reads with zxing-wasm at least as many upright photographs as zxing-cpp is known to', () => {
    const wasm = figures.rows.find((row) => row.reader === 'zxing-wasm')!;
    expect(wasm.rotations[0]!.hits).toBeGreaterThanOrEqual(ZXING_CPP_UPRIGHT);
  });

  it('finds no code in frames that hold none', () => {
    const chain = figures.rows.find((row) => row.reader === 'chain')!;
    expect(chain.noCode.hits).toBe(chain.noCode.frames);
  });
});
