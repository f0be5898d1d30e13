/** The 'schemas' view: pick and build a pack, then browse each style's tables. */
import { OwnStylePanel } from './OwnStylePanel';
import { useStudio } from '../studio';
import { PackPicker } from './PackPicker';
import { SchemaBrowser } from './SchemaBrowser';
import { usePack } from './usePack';
import './PacksView.css';

export type PacksViewProps = Record<string, never>;

export function PacksView(_props: PacksViewProps) {
  const { openInEditor } = useStudio();
  const { pack, report, packs, testing } = usePack();
  const entry = packs.find((p) => p.pack?.id === pack?.id);
  return (
    <div className="packs-view">
      <h2>Schemas</h2>
      <PackPicker />
      {pack ? (
        <>
          <p className="packs-view__description">{pack.description}</p>
          {entry && <OwnStylePanel pack={pack} entry={entry} />}
          <SchemaBrowser pack={pack} report={report?.pack === pack.id ? report : null} testing={testing !== null} onOpen={(sql, title) => openInEditor(sql, { title })} />
        </>
      ) : (
        <p>No dataset pack is bundled.</p>
      )}
    </div>
  );
}

export default PacksView;
