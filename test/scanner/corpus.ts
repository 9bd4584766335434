/** A seeded corpus of QR codes drawn into camera-like frames, for the decoder tests and bench. */
import {
  qrMatrix,
  qrTextFor,
  renderCameraFrame,
  type CameraFrameOptions,
  type EccLevel,
} from '../helpers/qr-frames.ts';

/** One frame to decode and the text it must give. */
export interface CorpusCase {
  label: string;
  text: string;
  version: number;
  ecl: EccLevel;
  frame: { data: Uint8ClampedArray; width: number; height: number };
}

/** A small xorshift generator, so the corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/**
 * A compact JWS shaped like a KYC-VS holder token (SPEC §4): real header and claims, a random
 * 64-byte signature; `nameLength` sets its length (about 250 characters plus 1.33 per letter).
 */
export function fakeStatusJws(random: () => number, nameLength: number): string {
  const pick = (n: number) =>
    Array.from({ length: n }, () => B64URL[Math.floor(random() * 64)]).join('');
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz';
  const name = Array.from(
    { length: nameLength },
    () => letters[Math.floor(random() * letters.length)],
  ).join('');
  const header = base64url(JSON.stringify({ alg: 'ES256', kid: pick(11), typ: 'kycvs+jwt' }));
  const iat = 1_760_000_000 + Math.floor(random() * 1_000_000);
  const claims = base64url(
    JSON.stringify({
      iss: 'http://localhost:8080',
      iat,
      exp: iat + 604_800,
      jti: pick(16),
      vs: Math.floor(random() * 3),
      name,
      mob: String(1000 + Math.floor(random() * 9000)),
    }),
  );
  const signature = Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256)));
  return `${header}.${claims}.${signature.toString('base64url')}`;
}

/** A URL of about `length` characters, like a code someone scans by mistake. */
function fakeUrl(random: () => number, length: number): string {
  const path = Array.from(
    { length: Math.max(1, length - 24) },
    () => B64URL[Math.floor(random() * 62)],
  ).join('');
  return `https://example.org/p/${path}`;
}

type Content = 'url' | 'kycvs' | 'jws';

/** Texts of every kind: short URLs, `kycvs:/` numeric texts and raw JWS in byte mode. */
function contentFor(kind: Content, random: () => number): string {
  if (kind === 'url') return fakeUrl(random, 20 + Math.floor(random() * 60));
  // Names of 0 to 200 letters give JWS strings of roughly 250 to 600 characters.
  const jws = fakeStatusJws(random, Math.floor(random() * 200));
  return kind === 'kycvs' ? qrTextFor(jws) : jws;
}

/** Capture conditions, from clean to a poor camera in poor light. */
const CONDITIONS: Array<{ name: string; options: Partial<CameraFrameOptions> }> = [
  { name: 'clean', options: {} },
  { name: 'noisy', options: { noise: 10 } },
  { name: 'low-contrast', options: { dark: 90, light: 170, noise: 6 } },
  { name: 'blurred', options: { blur: 1, noise: 8 } },
  { name: 'shaded', options: { shading: 90, noise: 8 } },
  { name: 'turned', options: { rotation: 12, noise: 8 } },
  { name: 'turned-far', options: { rotation: 37, noise: 6 } },
];

const FRAME_SIZES: Array<[number, number]> = [
  [640, 480],
  [1280, 720],
];
const ECC_LEVELS: EccLevel[] = ['L', 'M', 'Q', 'H'];
const CONTENTS: Content[] = ['url', 'kycvs', 'kycvs', 'jws'];

/**
 * Builds about `count` cases (fewer when a code cannot fit its frame at the smallest module size);
 * each picks a content, an ECC level, a frame size, a condition, a module size up to 8 px (as
 * large as the frame allows) and a position.
 */
export function buildCorpus(count: number, seed = 2024): CorpusCase[] {
  const random = seededRandom(seed);
  const cases: CorpusCase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = CONTENTS[i % CONTENTS.length]!;
    const ecl = ECC_LEVELS[Math.floor(i / CONTENTS.length) % ECC_LEVELS.length]!;
    const [width, height] = FRAME_SIZES[i % 2 === 0 ? 1 : 0]!;
    const condition = CONDITIONS[i % CONDITIONS.length]!;
    const text = contentFor(kind, random);
    const matrix = qrMatrix(text, ecl);
    // The code, with its quiet zone, turned, must fit inside the frame.
    const span = (matrix.size + 8) * 1.45;
    const largest = Math.min(8, Math.floor(Math.min(width, height) / span));
    // A clean code sits on the pixel grid, whole pixels a module, from 2 px: the decoders' data
    // paths at every version. Through a lens a module is a fraction of pixels at any phase, and
    // below about 3.4 px both decoders miss most codes (measured with this corpus), so the camera
    // cases start at 3.5 px: the frame grabber keeps codes above that by not shrinking frames
    // below 720 px and by its centre crop.
    const aligned = condition.name === 'clean';
    const smallest = aligned ? 2 : 4.5;
    if (largest < smallest) continue;
    const moduleSize = aligned
      ? smallest + Math.floor(random() * (largest - smallest + 1))
      : smallest + random() * (largest - smallest);
    const room = 1 - (span * moduleSize) / Math.min(width, height);
    let centerX = 0.5 + (random() - 0.5) * room * (height / width) * 0.9;
    let centerY = 0.5 + (random() - 0.5) * room * 0.9;
    if (aligned) {
      const half = (matrix.size * moduleSize) / 2;
      centerX = (Math.round(centerX * width - half) + half) / width;
      centerY = (Math.round(centerY * height - half) + half) / height;
    }
    const luma = renderCameraFrame(matrix, {
      width,
      height,
      moduleSize,
      centerX,
      centerY,
      seed: i + 1,
      ...condition.options,
    });
    cases.push({
      label: `#${i} ${kind} v${matrix.version}-${ecl} ${width}x${height} ${moduleSize.toFixed(1)}px ${condition.name}`,
      text,
      version: matrix.version,
      ecl,
      frame: { data: new Uint8ClampedArray(luma.buffer), width, height },
    });
  }
  return cases;
}
