import { BackendBadge } from '../components/BackendBadge';
import { ClassroomPanel } from '../components/ClassroomPanel';
import { DataPanel } from '../components/DataPanel';
import { ExportPanel } from '../components/ExportPanel';
import { LearnButton } from '../components/LearnButton';
import { LearnPanel } from '../components/LearnPanel';
import { LinkNotices } from '../components/LinkNotices';
import { LiveFigures } from '../components/LiveFigures';
import { ModelPanel } from '../components/ModelPanel';
import { OutputPanel } from '../components/OutputPanel';
import { TrainingControls } from '../components/TrainingControls';
import { TrainingNotice } from '../components/TrainingNotice';
import { TrainingPanel } from '../components/TrainingPanel';
import { pageAddress } from './url-sync';

/** The page: a top bar with the run's controls and figures, then Data → Model → Output. */
export function App({ linkNotices }: { linkNotices: readonly string[] }) {
  return (
    <>
      <header className="top-bar">
        <h1>Autoencoder Playground</h1>
        <TrainingControls />
        <LiveFigures />
        <BackendBadge />
        <LearnButton />
      </header>
      <div className="notices">
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
      <div className="share-tools">
        <ClassroomPanel pageAddress={pageAddress()} />
        <ExportPanel />
      </div>
      <LearnPanel />
    </>
  );
}
