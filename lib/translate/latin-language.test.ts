import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from './language.ts';
import { detectLatinLanguage, readsAsEnglish } from './latin-language.ts';

const SAMPLES = {
  de: 'Die Stadtverwaltung hat am Montag einen neuen Plan für den Nahverkehr vorgestellt. Der Bürgermeister sagte, die Stadt wolle den Autoverkehr halbieren. Wir müssen jetzt handeln, denn die Luft ist zu schmutzig. Die Opposition kritisierte den Plan, aber eine Mehrheit ist wahrscheinlich.',
  fr: "Le gouvernement a présenté lundi un nouveau plan pour les transports publics. Le maire a déclaré que la ville veut réduire la circulation dans le centre. Nous devons agir maintenant, car l'air de nos rues est trop sale. L'opposition a critiqué ce plan, qui est très cher.",
  es: 'El gobierno presentó el lunes un nuevo plan para los transportes públicos. El alcalde dijo que la ciudad quiere reducir el tráfico en el centro. Hemos visto que el aire de las calles está muy sucio y también que los precios son altos. Pero la oposición criticó el plan y los costes.',
  it: "Il comune ha presentato lunedì un nuovo piano per i trasporti pubblici. Il sindaco ha detto che la città vuole ridurre il traffico nel centro. Siamo convinti che l'aria delle strade è molto sporca e che anche gli autobus sono più lenti. L'opposizione ha criticato il piano della giunta.",
  pt: 'O governo apresentou na segunda-feira um novo plano para os transportes públicos. O prefeito disse que a cidade quer reduzir o trânsito no centro. É preciso agir agora, porque o ar das ruas é muito sujo e isso não pode continuar. A oposição criticou o plano, que é caro e foi feito com pressa.',
  nl: 'De gemeente heeft maandag een nieuw plan voor het openbaar vervoer gepresenteerd. De burgemeester zei dat de stad het autoverkeer wil halveren. Wij moeten nu handelen, want de lucht in onze straten is niet schoon. De oppositie vindt het plan te duur en ook te traag, maar het wordt waarschijnlijk aangenomen.',
} as const;

test('a Latin-script text is German, French, Spanish, Italian, Portuguese or Dutch when its function words say so', () => {
  for (const [language, text] of Object.entries(SAMPLES)) assert.equal(detectLatinLanguage(text), language, language);
  // Only the languages asked about: a German text with only a French dictionary at hand stays English.
  assert.equal(detectLatinLanguage(SAMPLES.de, ['fr']), 'en');
  // Too short to tell, or mixed: English.
  assert.equal(detectLatinLanguage('Die Kosten werden auf rund 450 Millionen Euro geschätzt.'), 'en');
  assert.equal(
    detectLatinLanguage(`${SAMPLES.de} ${'The mayor said that the city wants to halve the traffic. '.repeat(4)}`),
    'en',
  );
});

/** Every text of the corpus in Latin script: sources, reports, and the English sides of the translation cases. */
function corpusTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(import.meta.dirname, '..', '..', 'seeds'));
  return out.filter((text) => detectLanguage(text) === 'en');
}

test('no English text of the corpus, nor any paragraph or 600-character stretch of one, is taken for another language', () => {
  const texts = corpusTexts();
  assert.ok(texts.length >= 30);
  let pieces = 0;
  for (const text of texts) {
    assert.equal(detectLatinLanguage(text), 'en', text.slice(0, 80));
    assert.ok(readsAsEnglish(text), text.slice(0, 80));
    const parts = [
      ...text.split(/\n\s*\n/),
      ...Array.from({ length: Math.ceil(text.length / 300) }, (_, k) => text.slice(k * 300, k * 300 + 600)),
    ];
    for (const part of parts) {
      pieces++;
      assert.equal(detectLatinLanguage(part), 'en', part.slice(0, 80));
    }
  }
  assert.ok(pieces > 1000);
});

test('a German, French… text does not read as English, so it is never the English report of a translation pair', () => {
  for (const text of Object.values(SAMPLES)) assert.equal(readsAsEnglish(text), false, text.slice(0, 40));
  assert.equal(readsAsEnglish('The mayor said the city wanted to halve car traffic in the city centre.'), true);
});
