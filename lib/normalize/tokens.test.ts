import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createVocabulary, joinCompounds, tokenizeText } from './tokens.ts';

/** Tokens as `text=key` strings, `*` marking stop words. */
function show(text: string, others: string[] = []): string {
  const vocab = createVocabulary();
  for (const o of others) tokenizeText(o, vocab);
  const seq = joinCompounds(text, tokenizeText(text, vocab), vocab);
  const out: string[] = [];
  for (let i = 0; i < seq.count; i++) {
    const key = seq.key[i]!;
    out.push(`${text.slice(seq.start[i]!, seq.end[i]!)}=${vocab.keys[key]}${vocab.keyContent[key] ? '' : '*'}`);
  }
  return out.join(' ');
}

test('tokens: variants of one name share a key', () => {
  assert.equal(show('the U.S. and the United States'), 'the=the* U.S.=#us and=and* the=the* United States=#us');
  assert.equal(show('US policy helps us'), 'US=#us policy=polici helps=help us=us*');
});

test('tokens: stems, possessives and numbers', () => {
  assert.equal(show("splitting dividing world's"), 'splitting=split dividing=divid world\'s=world');
  assert.equal(show('5.31 million and 52,000'), '5.31=5.31 million=million and=and* 52,000=52000');
});

test('tokens: hyphens separate words', () => {
  assert.equal(show('command-and-control'), 'command=command and=and* control=control');
});

test('tokens: negations are content words with one key', () => {
  assert.equal(show("not never can't"), 'not=not never=not can\'t=not');
});

test('tokens: compounds join when the other text has the joined word', () => {
  assert.equal(show('cyber security', ['cybersecurity']), 'cyber security=cybersecur');
  assert.equal(show('cyber security'), 'cyber=cyber security=secur');
});

test('tokens: offsets point into the original text, CJK and emoji included', () => {
  const text = '😀 Wang said 中国 ok';
  const vocab = createVocabulary();
  const seq = tokenizeText(text, vocab);
  const words = [];
  for (let i = 0; i < seq.count; i++) words.push(text.slice(seq.start[i]!, seq.end[i]!));
  assert.deepEqual(words, ['Wang', 'said', '中国', 'ok']);
});
