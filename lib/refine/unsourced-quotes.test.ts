import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../align.ts';

const source = `MR. SMITH: The talks with the company will continue on Monday, and we expect an agreement on wages by the end of the month. Workers at the company plant in the city will keep their jobs while the talks go on.

Q: And the budget?

MR. SMITH: The city will spend 40 million dollars on new parks this year.`;
// A quote whose first sentence no place of the source holds, though it shares the first answer's words; its second
// sentence is the second answer word for word.
const quote = '"The union will keep pressing the company plant on wages and jobs in the city. The city will spend 40 million dollars on new parks this year."';
const report = `Smith said the talks with the company would continue on Monday.\n\n${quote}`;
const at = report.indexOf(quote) + 5;
const covers = (r: ReturnType<typeof alignTexts>) => r.alignments.some((a) => a.report.some((s) => s.start <= at && s.end > at));

test('unsourced-quotes: a passage made of a quoted sentence no place of the source holds is not aligned; off, it is', () => {
  const plain = { version: 1 as const };
  const on = alignTexts(report, source, { model: plain });
  const off = alignTexts(report, source, { model: plain, skip: ['unsourced-quotes', 'foreign-quotes'] });
  assert.equal(covers(on), false);
  assert.equal(covers(off), true);
  assert.ok(on.added.some((s) => s.start <= at && s.end > at), 'the quoted sentence is listed as added');
  const q = on.quotes?.find((x) => x.report[0]!.start <= at && x.report[0]!.end > at);
  assert.equal(q?.verdict, 'altered', 'one sentence of the quote is the source word for word, so it is altered, not absent');
  assert.equal(q?.unfound.length, 1);
});
