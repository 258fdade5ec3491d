import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignMatrix, buildMatrix, carryKind, reportVsReport } from './matrix.ts';
import { alignTexts } from './align.ts';
import type { AlignResult, Alignment, Flag, MatrixResult, Span } from './types.ts';
import { FAMILIES, generatePair } from '../test/fuzz/generate-text.ts';
import { prng } from '../test/fuzz/random.ts';
import { readSeedTexts } from '../test/fuzz/run-fuzz.ts';

function at(text: string, piece: string, from = 0): Span {
  const start = text.indexOf(piece, from);
  assert.ok(start >= 0, `"${piece}" is in the text`);
  return { start, end: start + piece.length };
}

const SYMBOL = { 'quote-exact': 'Q', 'quote-altered': 'Q!', paraphrase: 'P', partial: 'p' } as const;

/** One line per row: each report's carry (`-` for none), then the statement as the source has it. */
const showRows = (matrix: MatrixResult, source: string): string[] =>
  matrix.rows.map(
    (row) =>
      `${row.cells.map((c) => (c ? SYMBOL[c.carry] : '-')).join(' ')} | ${source.slice(row.source.start, row.source.end)}`,
  );

type Link = [
  reportPiece: string,
  sourcePiece: string | string[],
  kind?: Alignment['kind'],
  score?: number,
  flags?: Flag[],
];

/** A hand-made pairwise result: `links` become alignments; regions default to the whole source. */
function makePair(
  report: string,
  source: string,
  links: Link[],
  extra: { added?: string[]; omitted?: string[]; regions?: Span[] } = {},
): AlignResult {
  return {
    version: 1,
    report: { length: report.length },
    source: { length: source.length },
    alignments: links.map(([r, s, kind = 'paraphrase', score = 0.8, flags = []]) => ({
      report: [at(report, r)],
      source: (Array.isArray(s) ? s : [s]).map((piece) => at(source, piece)),
      kind,
      score,
      diff: [],
      flags,
      flagDetails: [],
    })),
    added: (extra.added ?? []).map((piece) => at(report, piece)),
    omitted: (extra.omitted ?? []).map((piece) => at(source, piece)),
    regions: extra.regions ?? [{ start: 0, end: source.length }],
  };
}

const SOURCE =
  'Reporter: What is your response to the sanctions?\n\n' +
  'Spokesperson: The sanctions are illegal and unjustified. China will take firm countermeasures. ' +
  'We urge the US to correct its mistakes, and we will protect our interests.\n';

test('rows are the source statements in source order; each report gets a cell or null', () => {
  const a = 'The spokesperson said the sanctions were "illegal and unjustified". Beijing vowed countermeasures.';
  const b = 'China will hit back with firm countermeasures, the ministry said.';
  const pairs = [
    makePair(a, SOURCE, [
      ['the sanctions were "illegal and unjustified"', 'The sanctions are illegal and unjustified.', 'quote', 0.9],
      ['Beijing vowed countermeasures.', 'China will take firm countermeasures.', 'paraphrase', 0.6],
    ]),
    makePair(b, SOURCE, [['China will hit back with firm countermeasures', 'China will take firm countermeasures.']], {
      omitted: [
        'The sanctions are illegal and unjustified.',
        'We urge the US to correct its mistakes, and we will protect our interests.',
      ],
    }),
  ];
  const matrix = buildMatrix(SOURCE, [a, b], pairs);
  assert.deepEqual(showRows(matrix, SOURCE), [
    'Q - | The sanctions are illegal and unjustified.',
    'P P | China will take firm countermeasures.',
    '- - | We urge the US to correct its mistakes, and we will protect our interests.',
  ]);
  assert.deepEqual(
    matrix.rows.map((r) => r.carriedBy),
    [1, 2, 0],
  );
  const cell = matrix.rows[0]!.cells[0]!;
  assert.deepEqual(
    { alignment: cell.alignment, kind: cell.kind, score: cell.score, report: cell.report, overlap: cell.overlap },
    {
      alignment: 0,
      kind: 'quote',
      score: 0.9,
      report: [at(a, 'the sanctions were "illegal and unjustified"')],
      overlap: 1,
    },
  );
  assert.deepEqual(matrix.reports, [{ length: a.length }, { length: b.length }]);
  assert.deepEqual(matrix.source, { length: SOURCE.length });
});

test('a question no report carries and no pair lists as omitted is not a statement; the speaker label is not part of a row', () => {
  const a = 'Sanctions are illegal, China said.';
  const pairs = [makePair(a, SOURCE, [['Sanctions are illegal', 'The sanctions are illegal and unjustified.']])];
  const rows = showRows(buildMatrix(SOURCE, [a], pairs), SOURCE);
  assert.deepEqual(rows, ['P | The sanctions are illegal and unjustified.']);
  // Listed as omitted, the question is a statement after all; its row starts after "Reporter:".
  const withQuestion = [
    makePair(a, SOURCE, [['Sanctions are illegal', 'The sanctions are illegal and unjustified.']], {
      omitted: ['What is your response to the sanctions?'],
    }),
  ];
  assert.deepEqual(showRows(buildMatrix(SOURCE, [a], withQuestion), SOURCE), [
    '- | What is your response to the sanctions?',
    'P | The sanctions are illegal and unjustified.',
  ]);
});

test('the `whole` scope gives every sentence of the source a row', () => {
  const a = 'Sanctions are illegal, China said.';
  const pairs = [
    makePair(a, SOURCE, [['Sanctions are illegal', 'The sanctions are illegal and unjustified.']], { regions: [] }),
  ];
  assert.equal(buildMatrix(SOURCE, [a], pairs, { scope: 'whole' }).rows.length, 4);
  assert.equal(buildMatrix(SOURCE, [a], pairs).rows.length, 1);
});

test('a quote with a misquote or wording-differs flag is altered; other flags leave it exact', () => {
  const table: [Alignment['kind'], Flag[], string][] = [
    ['quote', [], 'quote-exact'],
    ['quote', ['misquote'], 'quote-altered'],
    ['quote', ['wording-differs'], 'quote-altered'],
    ['quote', ['sharpened', 'number-changed'], 'quote-exact'],
    ['paraphrase', ['misquote'], 'paraphrase'],
    ['partial', [], 'partial'],
  ];
  for (const [kind, flags, want] of table) assert.equal(carryKind({ kind, flags }), want, `${kind} ${flags.join(',')}`);
});

test('a cell shows the alignment covering most of the statement, then the surest; every carrying passage is grouped', () => {
  const a = 'Countermeasures, said one. "China will take firm countermeasures," said another. Firm, said a third.';
  const pairs = [
    makePair(a, SOURCE, [
      ['Countermeasures, said one.', 'countermeasures.', 'paraphrase', 0.95],
      ['"China will take firm countermeasures," said another.', 'China will take firm countermeasures.', 'quote', 0.7],
      ['Firm, said a third.', 'China will take firm countermeasures.', 'paraphrase', 0.9],
    ]),
  ];
  const row = buildMatrix(SOURCE, [a], pairs).rows.find((r) =>
    SOURCE.slice(r.source.start, r.source.end).startsWith('China'),
  )!;
  // "countermeasures." alone is one word of five: too little to carry the statement.
  assert.deepEqual(row.cells[0]!.alignments, [2, 1]);
  assert.equal(row.cells[0]!.alignment, 2);
  assert.deepEqual(
    row.passages.map((p) => [p.report, p.alignment, p.overlap]),
    [
      [0, 2, 1],
      [0, 1, 1],
    ],
  );
});

test('a span that runs a word or two into the next sentence does not carry it', () => {
  const a = 'The sanctions are illegal and unjustified, China said.';
  const pairs = [
    makePair(
      a,
      SOURCE,
      [['The sanctions are illegal and unjustified', 'The sanctions are illegal and unjustified. China will']],
      { omitted: ['China will take firm countermeasures.'] },
    ),
  ];
  assert.deepEqual(showRows(buildMatrix(SOURCE, [a], pairs), SOURCE), [
    'P | The sanctions are illegal and unjustified.',
    '- | China will take firm countermeasures.',
  ]);
});

test('a sentence is cut into its clauses when a report carries one clause and leaves another untouched', () => {
  const a = 'The US must correct its mistakes, China said.';
  const b = 'China urged the US to correct its mistakes and vowed to protect its interests.';
  const pairs = [
    makePair(a, SOURCE, [['The US must correct its mistakes', 'We urge the US to correct its mistakes,']]),
    makePair(b, SOURCE, [
      [
        'China urged the US to correct its mistakes and vowed to protect its interests.',
        'We urge the US to correct its mistakes, and we will protect our interests.',
      ],
    ]),
  ];
  const matrix = buildMatrix(SOURCE, [a, b], pairs);
  assert.deepEqual(showRows(matrix, SOURCE), [
    'P P | We urge the US to correct its mistakes,',
    '- P | and we will protect our interests.',
  ]);
  assert.ok(matrix.rows.every((r) => r.clause !== null && r.sentence === matrix.rows[0]!.sentence));
  // Carried whole by every report, the sentence stays one row.
  const whole = buildMatrix(SOURCE, [b], [pairs[1]!]);
  assert.deepEqual(showRows(whole, SOURCE), [
    'P | We urge the US to correct its mistakes, and we will protect our interests.',
  ]);
  assert.equal(whole.rows[0]!.clause, null);
});

test('the summary counts statements by how the report carries them and keeps added material no other report has', () => {
  const a =
    'Officials in Washington announced sanctions on Monday against twelve technology companies. ' +
    '"The sanctions are illegal," the spokesperson said. The weather in Beijing was sunny.';
  const b =
    'Washington announced sanctions against twelve technology companies on Monday, officials said. ' +
    'China will take firm countermeasures, she said.';
  const pairs = [
    makePair(
      a,
      SOURCE,
      [
        [
          '"The sanctions are illegal," the spokesperson said.',
          'The sanctions are illegal and unjustified.',
          'quote',
          0.8,
          ['misquote'],
        ],
      ],
      {
        added: [
          'Officials in Washington announced sanctions on Monday against twelve technology companies.',
          'The weather in Beijing was sunny.',
        ],
      },
    ),
    makePair(
      b,
      SOURCE,
      [['China will take firm countermeasures, she said.', 'China will take firm countermeasures.', 'paraphrase', 0.9]],
      {
        added: ['Washington announced sanctions against twelve technology companies on Monday, officials said.'],
      },
    ),
  ];
  const matrix = buildMatrix(SOURCE, [a, b], pairs);
  const [sa, sb] = matrix.summaries;
  assert.deepEqual(
    { ...sa!, uniqueAdded: sa!.uniqueAdded.map((s) => a.slice(s.start, s.end)) },
    {
      carried: 1,
      quotes: 1,
      exactQuotes: 0,
      alteredQuotes: 1,
      paraphrases: 0,
      partial: 0,
      added: 2,
      uniqueAdded: ['The weather in Beijing was sunny.'],
    },
  );
  assert.deepEqual([sb!.carried, sb!.paraphrases, sb!.added, sb!.uniqueAdded.length], [1, 1, 1, 0]);
});

test('buildMatrix names the argument that does not fit', () => {
  const pair = makePair('x', SOURCE, []);
  assert.throws(() => buildMatrix(SOURCE, ['x', 'y'], [pair]), /pairs must hold one result per report \(2\), got 1/);
  assert.throws(
    () => buildMatrix(SOURCE + ' ', ['x'], [pair]),
    /pairs\[0\] was not made for reports\[0\] and this source/,
  );
  assert.throws(() => buildMatrix(SOURCE, ['x'], [pair], { scope: 'all' as 'whole' }), /options.scope must be/);
  assert.throws(() => buildMatrix(SOURCE, [3 as unknown as string], [pair]), TypeError);
  assert.throws(() => alignMatrix(SOURCE, []), /at least one report/);
});

test('alignMatrix runs the matcher once per report, with its options, and reportVsReport puts the first report in the source place', () => {
  const report = 'China said the sanctions are "illegal and unjustified" and vowed firm countermeasures.';
  const run = alignMatrix(SOURCE, [report, report], { minScore: 0.2 });
  assert.deepEqual(run.pairs[0], alignTexts(report, SOURCE, { minScore: 0.2 }));
  assert.deepEqual(run.pairs[1], run.pairs[0]);
  assert.ok(
    run.matrix.rows.some((r) => r.carriedBy === 2),
    'the statements it quotes are carried by both copies',
  );

  const first = 'Beijing called the sanctions illegal. It promised countermeasures. The talks ended early.';
  const second = 'China promised countermeasures against the sanctions.';
  const vs = reportVsReport(first, second);
  assert.deepEqual(vs.pairs, [alignTexts(second, first)]);
  assert.equal(vs.matrix.rows.length, 3, 'every sentence of the first report is a row');
});

test('property: on generated texts the matrix keeps its invariants', () => {
  const corpus = readSeedTexts();
  const random = prng(61);
  const families = FAMILIES.filter((f) => f !== 'empty-vs-long');
  let cells = 0;
  for (let round = 0; round < 30; round++) {
    const family = families[round % families.length]!;
    const base = generatePair(random, family, 200 + round * 60, corpus);
    const source = base.source;
    const reports = [
      base.report,
      generatePair(random, 'seed-edits', 400, corpus).report,
      source.slice(0, source.length >> 1),
    ];
    const { pairs, matrix } = alignMatrix(source, reports);
    const where = `round ${round} (${family})`;
    let last = -1;
    for (const row of matrix.rows) {
      assert.ok(
        row.source.start >= last && row.source.start < row.source.end && row.source.end <= source.length,
        `${where}: rows in order, inside the source, disjoint`,
      );
      last = row.source.end;
      assert.equal(row.cells.length, reports.length, where);
      assert.equal(row.carriedBy, row.cells.filter(Boolean).length, where);
      row.cells.forEach((cell, r) => {
        const mine = row.passages.filter((p) => p.report === r).map((p) => p.alignment);
        assert.deepEqual(cell?.alignments ?? [], mine, `${where}: a cell lists exactly its report's passages`);
        if (!cell) return;
        cells++;
        const a = pairs[r]!.alignments[cell.alignment]!;
        assert.ok(
          a.source.some((s) => s.start < row.source.end && row.source.start < s.end),
          `${where}: the cell's alignment touches the row`,
        );
        assert.deepEqual(
          cell.report,
          a.report.map(({ start, end }) => ({ start, end })),
        );
      });
    }
    matrix.summaries.forEach((s, r) => {
      assert.equal(s.carried, matrix.rows.filter((row) => row.cells[r]).length, where);
      assert.equal(s.quotes + s.paraphrases + s.partial, s.carried, where);
      assert.ok(
        s.uniqueAdded.every((u) => pairs[r]!.added.some((x) => x.start === u.start && x.end === u.end)),
        where,
      );
    });
  }
  assert.ok(cells > 30, `only ${cells} cells over all rounds: the generated reports hardly aligned`);
});
