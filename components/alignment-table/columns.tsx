// The alignment table's features and columns (TanStack Table v9: explicit features, a typed column helper), kept at
// module scope so they are stable between renders, as the v9 guides require.
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_arrIncludes,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type Row,
} from '@tanstack/react-table';
import type { PresentedAlignment } from '../../lib/present.ts';
import type { Flag } from '../../lib/types.ts';
import { FLAG_LABELS, FLAG_ORDER } from '../diff-text/labels.ts';
import { QUOTE_VERDICT_LABEL } from '../../lib/quotes/labels.ts';

export const tableFeaturesForAlignments = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: {
    arrIncludes: filterFn_arrIncludes,
    equalsString: filterFn_equalsString,
    includesString: filterFn_includesString,
  },
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});

type Features = typeof tableFeaturesForAlignments;
const helper = createColumnHelper<Features, PresentedAlignment>();

/** Flags sort by how serious the first one is (misquote first when descending), then by how many there are. */
function sortFlags(a: Row<Features, PresentedAlignment>, b: Row<Features, PresentedAlignment>, id: string): number {
  const weight = (flags: Flag[]) => flags.reduce((w, f) => w + 2 ** (FLAG_ORDER.length - FLAG_ORDER.indexOf(f)), 0);
  return weight(a.getValue<Flag[]>(id)) - weight(b.getValue<Flag[]>(id));
}

export const alignmentColumns = helper.columns([
  helper.accessor('number', {
    header: 'No.',
    sortFn: 'basic',
    sortDescFirst: false,
    cell: (info) => {
      const misquote = info.row.original.flags.includes('misquote');
      return (
        <span className="badge" data-kind={info.row.original.kind} data-misquote={misquote ? '' : undefined}>
          {misquote && <span aria-hidden="true">⚠ </span>}
          {info.getValue()}
        </span>
      );
    },
  }),
  helper.accessor('reportText', {
    header: 'Report text',
    sortFn: 'text',
    sortDescFirst: false,
    cell: (info) => <span className="clamp">{info.getValue()}</span>,
  }),
  helper.accessor('sourceText', {
    header: 'Source text',
    sortFn: 'text',
    sortDescFirst: false,
    cell: (info) => <span className="clamp">{info.getValue()}</span>,
  }),
  helper.accessor('kind', {
    header: 'Kind',
    sortFn: 'text',
    sortDescFirst: false,
    filterFn: 'equalsString',
    cell: (info) => (
      <span className="kind-badge" data-kind={info.getValue()}>
        {info.getValue()}
      </span>
    ),
  }),
  helper.accessor('score', {
    header: 'Score',
    sortFn: 'basic',
    sortDescFirst: true,
    cell: (info) => info.getValue().toFixed(2),
  }),
  helper.accessor('wordsAdded', { header: 'Words added', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('wordsOmitted', { header: 'Words omitted', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('flags', {
    header: 'Flags',
    sortFn: sortFlags,
    sortDescFirst: true,
    filterFn: 'arrIncludes',
    cell: (info) =>
      info.getValue().length === 0 ? (
        <span className="muted">none</span>
      ) : (
        <span className="flag-list">
          {info.getValue().map((flag) => {
            const evidence = info.row.original.flagEvidence[flag];
            const id = `flag-evidence-${info.row.original.number}-${flag}`;
            // Focusing or hovering the badge shows the words behind it.
            return (
              <span
                key={flag}
                className="flag-chip"
                data-flag={flag}
                tabIndex={evidence ? 0 : undefined}
                aria-describedby={evidence ? id : undefined}
              >
                {FLAG_LABELS[flag]}
                {evidence && (
                  <span role="tooltip" id={id} className="flag-chip__evidence" data-testid="flag-evidence">
                    {evidence}
                  </span>
                )}
              </span>
            );
          })}
        </span>
      ),
  }),
  helper.accessor('quoteVerdicts', {
    header: 'Quotes',
    enableSorting: false,
    filterFn: 'arrIncludes',
    cell: (info) =>
      info.getValue().length === 0 ? (
        <span className="muted">none</span>
      ) : (
        <span className="flag-list">
          {info.getValue().map((v, k) => (
            <span key={k} className="quote-verdict" data-verdict={v}>
              {QUOTE_VERDICT_LABEL[v].symbol} {QUOTE_VERDICT_LABEL[v].word}
            </span>
          ))}
        </span>
      ),
  }),
]);
