import { useCallback, useState } from 'react';
import { BackendBadge } from '../components/BackendBadge';
import { ClassroomPanel } from '../components/ClassroomPanel';
import { DataPanel } from '../components/DataPanel';
import { ExportPanel } from '../components/ExportPanel';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LearnButton } from '../components/LearnButton';
import { LearnPanel } from '../components/LearnPanel';
import { LinkNotices } from '../components/LinkNotices';
import { LiveFigures } from '../components/LiveFigures';
import { ModelPanel } from '../components/ModelPanel';
import { OutputPanel } from '../components/OutputPanel';
import { ProgressAnnouncer } from '../components/ProgressAnnouncer';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { ThemeSwitch } from '../components/ThemeSwitch';
import { TrainingControls } from '../components/TrainingControls';
import { TrainingNotice } from '../components/TrainingNotice';
import { TrainingPanel } from '../components/TrainingPanel';
import { useT } from '../i18n/language-context';
import type { Phrase } from '../settings/phrases';
import { pageAddress } from './url-sync';
import './page-tools.css';
import { shortcutList } from './shortcut-keys';
import { UpdateBanner } from './UpdateBanner';
import { useShortcuts } from './use-shortcuts';
import { useTheme } from './use-theme';
import { useTopBarOffset } from './use-top-bar-offset';

/** The page: a top bar with the run's controls and figures, then Data → Model → Output. */
export function App({ linkNotices }: { linkNotices: readonly Phrase[] }) {
  const [theme, setTheme] = useTheme();
  const { t } = useT();
  const themeLabels = { system: t('theme.system'), light: t('theme.light'), dark: t('theme.dark') };
  const [shortcutsRequests, setShortcutsRequests] = useState(0);
  const openShortcuts = useCallback(() => setShortcutsRequests((count) => count + 1), []);
  useShortcuts(openShortcuts);
  const topBar = useTopBarOffset<HTMLElement>();
  return (
    <>
      <header className="top-bar" ref={topBar}>
        <h1>{t('app.title')}</h1>
        <TrainingControls />
        <LiveFigures />
        <ProgressAnnouncer />
        <BackendBadge />
        <div className="page-tools">
          <LearnButton />
          <LanguageSwitch />
          <ThemeSwitch value={theme} options={themeLabels} onChange={setTheme} />
          <button type="button" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={openShortcuts}>
            {t('tools.shortcuts')}
          </button>
        </div>
      </header>
      <div className="notices">
        <UpdateBanner />
        <LinkNotices notices={linkNotices} />
        <TrainingNotice />
      </div>
      <main className="columns">
        <DataPanel />
        <div className="column">
          <ModelPanel />
          <TrainingPanel />
        </div>
        <OutputPanel />
      </main>
      <section className="share-tools" aria-label={t('tools.shareAndExport')}>
        <ClassroomPanel pageAddress={pageAddress()} />
        <ExportPanel />
      </section>
      <LearnPanel />
      <ShortcutsDialog openRequests={shortcutsRequests} shortcuts={shortcutList} />
    </>
  );
}
