/** The bar at the top of every screen: title, a way back, and the network state in words. */
import { t } from '../i18n/index.ts';
import { useApp } from '../context.ts';

/** Props of `Header`. */
export interface HeaderProps {
  title: string;
  /** Shows a "Back" button to the home screen. */
  back?: boolean;
}

/** The screen header. */
export function Header({ title, back = false }: HeaderProps) {
  const { online, navigate } = useApp();
  return (
    <header class="bar">
      {back && (
        <button
          type="button"
          class="button button--quiet"
          onClick={() => navigate({ name: 'home' })}
        >
          {t('nav.back')}
        </button>
      )}
      <h1 class="bar__title">{title}</h1>
      <span class={online ? 'net net--online' : 'net net--offline'}>
        <span class="net__dot" aria-hidden="true" />
        {online ? t('app.online') : t('app.offline')}
      </span>
    </header>
  );
}
