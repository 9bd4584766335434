/** The holder page: details, OTP, then the status (a QR standalone, a message when embedded). */
import { useEffect, useMemo } from 'preact/hooks';
import { REJECTED_MESSAGE_TYPE, STATUS_MESSAGE_TYPE } from '../config.ts';
import type { HolderPageConfig, RejectionReason } from '../config.ts';
import { checkEmbedding, currentEmbeddingContext } from '../embedding.ts';
import type { EmbeddingContext } from '../embedding.ts';
import { refusalText, text } from '../text.ts';
import { Flow } from './flow.tsx';

/** Props of the holder page; the embedding context is injectable for tests. */
export interface HolderPageProps {
  config: HolderPageConfig;
  embedding?: EmbeddingContext;
  /** Where messages to the embedding page go (window.parent by default). */
  parentWindow?: Pick<Window, 'postMessage'>;
}

/** The page, in whichever mode the registry served it. */
export function HolderPage({ config, embedding, parentWindow }: HolderPageProps) {
  const context = useMemo(() => embedding ?? currentEmbeddingContext(), [embedding]);
  const parent = parentWindow ?? window.parent;

  if (config.mode === 'rejected') {
    return (
      <Rejection reason={config.reason} notify={config.notify} parent={parent} context={context} />
    );
  }
  if (config.mode === 'standalone') return <Flow />;
  const check = checkEmbedding(context, config.verifier.origins);
  if (!check.ok) return <Rejection reason={check.reason} parent={parent} context={context} />;
  return (
    <Flow
      verifier={config.verifier}
      nonce={config.nonce}
      deliver={(token) =>
        parent.postMessage({ type: STATUS_MESSAGE_TYPE, token }, check.targetOrigin)
      }
    />
  );
}

/** Why nothing is shared; the embedding page is told, without a token. */
function Rejection(props: {
  reason: RejectionReason;
  notify?: string;
  parent: Pick<Window, 'postMessage'>;
  context: EmbeddingContext;
}) {
  const { reason, notify, parent, context } = props;
  useEffect(() => {
    // Only a rejection signal, never a token, and only to the origin the registry saw.
    if (notify !== undefined && context.framed) {
      parent.postMessage({ type: REJECTED_MESSAGE_TYPE, reason }, notify);
    }
  }, [reason, notify, parent, context]);
  return (
    <main class="holder">
      <h1>{text('page.titleRefused')}</h1>
      <p class="notice notice--rejected" role="alert">
        {refusalText(reason)}
      </p>
      <p>{text('page.nothingShared')}</p>
    </main>
  );
}
