/**
 * What the holder page's routes share (SPEC §2C, §3): the page's path and the verifier an
 * embedded page works for. Both the page and its JSON endpoints read it from here.
 */
import type { Registry } from '../registry.ts';
import { VERIFIER_ID_PATTERN } from '../schemas.ts';

/** The page's path below a /v3 base. */
export const PAGE_SUBPATH = '/vaccination/status/knowYourStatus';

/** The verifier an embedded page works for, as the page shows it. */
export interface EmbeddingVerifier {
  id: string;
  name: string;
  origins: string[];
  keyHash: string;
}

/** A verifier by id, with every origin it may embed the page from (null when unknown). */
export function findVerifier(registry: Registry, id: string): EmbeddingVerifier | null {
  if (!VERIFIER_ID_PATTERN.test(id)) return null;
  const verifier = registry.verifiers.find(id);
  if (verifier === null) return null;
  return {
    id: verifier.id,
    name: verifier.name,
    origins: registry.verifiers.originsOf(verifier),
    keyHash: verifier.keyHash,
  };
}
