import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AlignResult, Alignment, Span } from '../../lib/types.ts';
import { applyCorrections } from './apply-corrections.ts';
import { correctionInputSchema, findSpanProblem } from './correction-schema.ts';
import type { CorrectedResult, Correction, CorrectionInput } from '../types.ts';

const REPORT = 'He said the talks failed. Prices rose by 5%. Background text here.';
const SOURCE = 'Q: Talks? A: The talks did not succeed. A: Prices went up by five percent. Other remarks.';

const sp = (start: number, end: number): Span => ({ start, end });
const alignment = (report: Span, source: Span, kind: Alignment['kind'] = 'paraphrase'): Alignment => ({
  report: [report],
  source: [source],
  kind,
  score: 0.6,
  diff: [{ op: 'same', report, source }],
  flags: ['sharpened'],
  flagDetails: [{ flag: 'sharpened', message: 'x' }],
});

// Two matcher alignments, one added passage, one omitted passage.
const RESULT: AlignResult = {
  version: 1,
  report: { length: REPORT.length },
  source: { length: SOURCE.length },
  alignments: [alignment(sp(0, 25), sp(13, 39)), alignment(sp(26, 44), sp(43, 74), 'quote')],
  added: [sp(45, 66)],
  omitted: [sp(75, 89)],
  regions: [sp(0, 89)],
};
const ref = (i: number) => ({ index: i, report: RESULT.alignments[i]!.report, source: RESULT.alignments[i]!.source });

let counter = 0;
const made = (input: CorrectionInput): Correction =>
  ({ ...input, id: `c${++counter}`, created: '2026-01-01T00:00:00.000Z' }) as Correction;

/** One line per alignment, then added / omitted / notes / stale: `origin kind r0-25 s13-39 [rejected] (was quote) notes…`. */
function show(r: CorrectedResult): string[] {
  const spans = (list: readonly Span[]) => list.map((s) => `${s.start}-${s.end}`).join('+');
  return [
    ...r.alignments.map(
      (a) =>
        `${a.origin} ${a.kind} r${spans(a.report)} s${spans(a.source)}${a.rejected ? ' rejected' : ''}${a.matcherKind ? ` (was ${a.matcherKind})` : ''}${a.notes.map((n) => ` note:${n.text}`).join('')}`,
    ),
    `added ${r.added.map((s) => `${s.start}-${s.end}:${s.origin}`).join(' ')}`,
    `omitted ${r.omitted.map((s) => `${s.start}-${s.end}:${s.origin}`).join(' ')}`,
    ...r.notes.map((n) => `note ${n.side} ${n.span.start}-${n.span.end}: ${n.text}`),
    ...r.stale.map((s) => `stale ${s.reason}`),
  ];
}

test('no corrections: the matcher result, every alignment of origin matcher', () => {
  assert.deepEqual(show(applyCorrections(RESULT, [])), [
    'matcher paraphrase r0-25 s13-39',
    'matcher quote r26-44 s43-74',
    'added 45-66:matcher',
    'omitted 75-89:matcher',
  ]);
});

test('each kind of correction, table-driven', () => {
  const cases: Array<[string, CorrectionInput[], string[]]> = [
    [
      'reject keeps the alignment, marked',
      [{ type: 'reject', alignment: ref(0) }],
      [
        'corrected paraphrase r0-25 s13-39 rejected',
        'matcher quote r26-44 s43-74',
        'added 45-66:matcher',
        'omitted 75-89:matcher',
      ],
    ],
    [
      'change-kind remembers the matcher kind',
      [{ type: 'change-kind', alignment: ref(1), kind: 'paraphrase' }],
      [
        'matcher paraphrase r0-25 s13-39',
        'corrected paraphrase r26-44 s43-74 (was quote)',
        'added 45-66:matcher',
        'omitted 75-89:matcher',
      ],
    ],
    [
      'a new link is a user alignment and clears the added/omitted entries it covers',
      [{ type: 'link', report: [sp(45, 66)], source: [sp(75, 89)], kind: 'partial' }],
      [
        'matcher paraphrase r0-25 s13-39',
        'matcher quote r26-44 s43-74',
        'user partial r45-66 s75-89',
        'added ',
        'omitted ',
      ],
    ],
    [
      'a link that replaces an alignment changes its source',
      [{ type: 'link', report: [sp(0, 25)], source: [sp(2, 8), sp(13, 39)], kind: 'quote', alignment: ref(0) }],
      [
        'corrected quote r0-25 s2-8+13-39 (was paraphrase)',
        'matcher quote r26-44 s43-74',
        'added 45-66:matcher',
        'omitted 75-89:matcher',
      ],
    ],
    [
      'mark-added adds the passage and rejects the alignments wholly inside it',
      [{ type: 'mark-added', report: sp(20, 50) }],
      [
        'matcher paraphrase r0-25 s13-39',
        'corrected quote r26-44 s43-74 rejected',
        'added 20-50:user 45-66:matcher',
        'omitted 75-89:matcher',
      ],
    ],
    [
      'mark-omitted adds the passage and rejects the alignments whose source lies inside it',
      [{ type: 'mark-omitted', source: sp(10, 40) }],
      [
        'corrected paraphrase r0-25 s13-39 rejected',
        'matcher quote r26-44 s43-74',
        'added 45-66:matcher',
        'omitted 10-40:user 75-89:matcher',
      ],
    ],
    [
      'notes attach to an alignment (origin unchanged) or to a passage',
      [
        { type: 'note', text: 'check the number', alignment: ref(1) },
        { type: 'note', text: 'dateline', report: sp(0, 2) },
        { type: 'note', text: 'left out', source: sp(75, 89) },
      ],
      [
        'matcher paraphrase r0-25 s13-39',
        'matcher quote r26-44 s43-74 note:check the number',
        'added 45-66:matcher',
        'omitted 75-89:matcher',
        'note report 0-2: dateline',
        'note source 75-89: left out',
      ],
    ],
    [
      'a correction for an alignment that is gone is stale, not applied elsewhere',
      [{ type: 'reject', alignment: { index: 0, report: [sp(1, 2)], source: [sp(3, 4)] } }],
      [
        'matcher paraphrase r0-25 s13-39',
        'matcher quote r26-44 s43-74',
        'added 45-66:matcher',
        'omitted 75-89:matcher',
        'stale the alignment it refers to is no longer in the result',
      ],
    ],
    [
      'spans outside the text are stale',
      [
        { type: 'mark-added', report: sp(60, 500) },
        { type: 'link', report: [sp(0, 1)], source: [sp(0, 999)], kind: 'quote' },
        { type: 'note', text: 'x', source: sp(0, 999) },
      ],
      [
        'matcher paraphrase r0-25 s13-39',
        'matcher quote r26-44 s43-74',
        'added 45-66:matcher',
        'omitted 75-89:matcher',
        'stale a span lies outside the text',
        'stale a span lies outside the text',
        'stale a span lies outside the text',
      ],
    ],
  ];
  for (const [name, inputs, expected] of cases)
    assert.deepEqual(show(applyCorrections(RESULT, inputs.map(made))), expected, name);
});

test('corrections apply in order and find their alignment by spans when the index moved (re-run)', () => {
  // The re-run dropped alignment 0: the old index 1 is now index 0.
  const rerun: AlignResult = { ...RESULT, alignments: [RESULT.alignments[1]!] };
  const corrected = applyCorrections(rerun, [
    made({ type: 'reject', alignment: ref(1) }),
    made({ type: 'change-kind', alignment: ref(0), kind: 'quote' }),
  ]);
  assert.deepEqual(show(corrected).slice(0, 1), ['corrected quote r26-44 s43-74 rejected']);
  assert.deepEqual(show(corrected).at(-1), 'stale the alignment it refers to is no longer in the result');
  // Later corrections can target a user link by its spans.
  const link = made({ type: 'link', report: [sp(45, 66)], source: [sp(75, 89)], kind: 'partial' });
  const after = applyCorrections(RESULT, [
    link,
    made({ type: 'change-kind', alignment: { report: [sp(45, 66)], source: [sp(75, 89)] }, kind: 'quote' }),
  ]);
  assert.equal(show(after)[2], 'user quote r45-66 s75-89');
});

test('applyCorrections leaves the stored result untouched and keeps matcher fields', () => {
  const before = JSON.stringify(RESULT);
  const corrected = applyCorrections(RESULT, [
    made({ type: 'link', report: [sp(0, 25)], source: [sp(13, 39)], kind: 'quote', alignment: ref(0) }),
    made({ type: 'mark-added', report: sp(26, 44) }),
  ]);
  assert.equal(JSON.stringify(RESULT), before);
  assert.deepEqual(corrected.alignments[1]!.flags, ['sharpened'], 'a rejected alignment keeps its flags');
  assert.deepEqual(
    corrected.alignments[0]!.flags,
    [],
    'a relinked alignment drops the flags computed for the old pair',
  );
  assert.equal(corrected.alignments[0]!.score, 1);
  assert.deepEqual(corrected.alignments[0]!.corrections, ['c' + (counter - 1)]);
  assert.deepEqual(corrected.regions, RESULT.regions);
});

test('a user link gets a word diff over the selected passages when the texts are given', () => {
  const link = made({ type: 'link', report: [sp(26, 44)], source: [sp(43, 74)], kind: 'paraphrase' });
  const withTexts = applyCorrections({ ...RESULT, alignments: [] }, [link], { report: REPORT, source: SOURCE });
  const diff = withTexts.alignments[0]!.diff.map((p) =>
    p.op === 'same'
      ? REPORT.slice(p.report.start, p.report.end)
      : p.op === 'added'
        ? `{+${REPORT.slice(p.report.start, p.report.end)}+}`
        : `[-${SOURCE.slice(p.source.start, p.source.end)}-]`,
  );
  assert.deepEqual(diff, ['Prices', '{+rose+}', '[-went up-]', 'by', '{+5+}', '[-five percent-]']);
  for (const p of withTexts.alignments[0]!.diff) {
    if (p.op !== 'omitted') assert.ok(p.report.start >= 26 && p.report.end <= 44, 'report parts inside the selection');
    if (p.op !== 'added') assert.ok(p.source.start >= 43 && p.source.end <= 74, 'source parts inside the selection');
  }
  assert.deepEqual(
    applyCorrections({ ...RESULT, alignments: [] }, [link]).alignments[0]!.diff,
    [],
    'no texts, no diff',
  );
});

test('correctionInputSchema accepts each type and names the bad field', () => {
  const ok: unknown[] = [
    { type: 'reject', alignment: { index: 0, report: [sp(0, 1)], source: [sp(0, 1)] } },
    { type: 'change-kind', alignment: { report: [sp(0, 1)], source: [sp(0, 1)] }, kind: 'partial' },
    { type: 'link', report: [sp(0, 1)], source: [sp(2, 3), sp(5, 9)], kind: 'quote' },
    { type: 'mark-added', report: sp(0, 4) },
    { type: 'mark-omitted', source: sp(0, 4) },
    { type: 'note', text: '  trimmed  ', report: sp(0, 4) },
  ];
  for (const value of ok) assert.ok(correctionInputSchema.safeParse(value).success, JSON.stringify(value));
  assert.equal((correctionInputSchema.parse(ok[5]) as { text: string }).text, 'trimmed');

  const problem = (value: unknown): string => {
    const parsed = correctionInputSchema.safeParse(value);
    assert.ok(!parsed.success, JSON.stringify(value));
    const issue = parsed.error.issues[0]!;
    return `${issue.path.join('.')}: ${issue.message}`;
  };
  assert.equal(problem({ type: 'mark-added', report: sp(4, 4) }), 'report: start must be less than end');
  assert.equal(
    problem({ type: 'mark-added', report: { start: -1, end: 2 } }),
    'report.start: Too small: expected number to be >=0',
  );
  assert.equal(problem({ type: 'link', report: [], source: [sp(0, 1)], kind: 'quote' }), 'report: at least one span');
  assert.equal(
    problem({ type: 'link', report: [sp(0, 1)], source: [sp(0, 1)], kind: 'summary' }),
    'kind: Invalid option: expected one of "quote"|"paraphrase"|"partial"',
  );
  assert.equal(problem({ type: 'note', text: '   ', report: sp(0, 1) }), 'text: a note needs some text');
  assert.equal(
    problem({ type: 'note', text: 'x', report: sp(0, 1), source: sp(0, 1) }),
    ': a note is attached to exactly one of alignment, report or source',
  );
  assert.equal(
    problem({ type: 'reject', alignment: { report: [sp(0, 1)], source: [sp(0, 1)] }, extra: 1 }),
    ': Unrecognized key: "extra"',
  );
  assert.equal(
    problem({ type: 'delete-everything' }),
    "type: Invalid discriminator value. Expected 'reject' | 'change-kind' | 'link' | 'mark-added' | 'mark-omitted' | 'note'",
  );
});

test('findSpanProblem names the span that does not fit', () => {
  assert.equal(findSpanProblem({ type: 'mark-added', report: sp(0, 10) }, 10, 5), null);
  assert.equal(
    findSpanProblem({ type: 'mark-added', report: sp(0, 11) }, 10, 5),
    'report[0]: 0..11 is outside the report (10 characters)',
  );
  assert.equal(
    findSpanProblem({ type: 'link', report: [sp(0, 1)], source: [sp(0, 1), sp(3, 6)], kind: 'quote' }, 10, 5),
    'source[1]: 3..6 is outside the source (5 characters)',
  );
  assert.equal(
    findSpanProblem({ type: 'reject', alignment: { report: [sp(0, 20)], source: [sp(0, 1)] } }, 10, 5),
    'alignment.report[0]: 0..20 is outside the report (10 characters)',
  );
  assert.equal(
    findSpanProblem({ type: 'note', text: 'x', source: sp(4, 9) }, 10, 5),
    'source[0]: 4..9 is outside the source (5 characters)',
  );
});
