/** A question with two answers, inline (role `alertdialog`): the safe answer has the focus. */
import { useEffect, useRef } from 'preact/hooks';

/** Props of `Confirm`. */
export interface ConfirmProps {
  /** The id of the question, for `aria-labelledby`. */
  id: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  /** Also on Escape. */
  onNo: () => void;
}

/** The confirmation. */
export function Confirm({ id, question, yes, no, onYes, onNo }: ConfirmProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby={id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onNo();
      }}
    >
      <p id={id}>{question}</p>
      <div class="actions actions--row">
        <button type="button" class="button button--danger-solid" onClick={onYes}>
          {yes}
        </button>
        <button ref={keep} type="button" class="button" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
