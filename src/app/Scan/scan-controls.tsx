/** The scan screen's controls: which camera, the torch, an image file, and pasted text. */
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { FRONT, REAR } from './use-camera.ts';

/** Props of `ScanControls`. */
export interface ScanControlsProps {
  camera: string;
  cameras: MediaDeviceInfo[];
  onCamera: (camera: string) => void;
  torch: { supported: boolean; on: boolean };
  onTorch: () => void;
  onImage: (file: File) => void;
  onPaste: (text: string) => void;
  checking: boolean;
}

/** The controls under the viewfinder. */
export function ScanControls(props: ScanControlsProps) {
  const [pasted, setPasted] = useState('');
  return (
    <>
      <div class="actions actions--row">
        <label class="field field--inline">
          <span>{t('scan.camera')}</span>
          <select
            value={props.camera}
            onChange={(event) => props.onCamera((event.currentTarget as HTMLSelectElement).value)}
          >
            <option value={REAR}>{t('scan.cameraRear')}</option>
            <option value={FRONT}>{t('scan.cameraFront')}</option>
            {props.cameras.map((device, index) => (
              <option key={device.deviceId} value={device.deviceId}>
                {device.label || t('scan.cameraUnnamed', { number: index + 1 })}
              </option>
            ))}
          </select>
        </label>
        {props.torch.supported && (
          <button
            type="button"
            class="button"
            aria-pressed={props.torch.on}
            onClick={props.onTorch}
          >
            {props.torch.on ? t('scan.torchOff') : t('scan.torchOn')}
          </button>
        )}
        <label class="button file-button">
          {t('scan.chooseImage')}
          <input
            type="file"
            accept="image/*"
            class="visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) props.onImage(file);
            }}
          />
        </label>
      </div>
      <form
        class="paste"
        onSubmit={(event) => {
          event.preventDefault();
          if (pasted.trim()) props.onPaste(pasted.trim());
        }}
      >
        <label class="field">
          <span>{t('scan.pasteLabel')}</span>
          <textarea
            rows={3}
            value={pasted}
            spellcheck={false}
            autoComplete="off"
            onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <button type="submit" class="button" disabled={props.checking}>
          {t('scan.pasteSubmit')}
        </button>
      </form>
    </>
  );
}
