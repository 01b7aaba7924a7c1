// A generated pack for the benchmark (tests/e2e/bench.mjs, bench-review.mjs): valid, of any
// size, written next to a copy of dist/ and listed alone in its packs.json.
import fs from 'node:fs';
import path from 'node:path';

/** Writes a valid generated pack `gen` (modules × questions) into `dir` and lists only it. */
export function makeBigPack(dir, modules, questionsPer) {
  const txt = (v) => ({ text: { v } });
  const para = (v) => ({ paragraph: { text: [txt(v), { strong: { v: 'penting' } }, txt(' dan seterusnya.')] } });
  const callout = (kind) => ({ callout: { kind, blocks: [para('Isi kotak.')] } });
  const index = { format_version: 1, id: 'gen', title: 'Paket uji', language: 'id', modules: [] };
  fs.mkdirSync(path.join(dir, 'content/gen'), { recursive: true });
  for (let m = 0; m < modules; m++) {
    const id = `modul-${m}`;
    const lessons = Array.from({ length: 5 }, (_, l) => ({ id: `pelajaran-${l}`, title: `Pelajaran ${l}`, minutes: 5 }));
    const questions = Array.from({ length: questionsPer }, (_, q) => ({
      id: `q-${q}`, prompt: `Soal nomor ${q} tentang pelayanan publik?`, explanation: 'Penjelasan singkat jawaban.',
      kind: { single: { options: ['a', 'b', 'c', 'd'].map((o, i) => ({ id: o, text: `Pilihan ${o}`, correct: i === 0, feedback: `Umpan balik ${o}.` })) } },
    }));
    index.modules.push({ id, title: `Modul ${m}`, summary: 'Ringkasan.', minutes: 45, jp: 1, pass_mark: 70,
      questions_per_attempt: 10, max_attempts: 0, objectives: ['Menjelaskan.'], lessons, question_count: questionsPer, file: `${id}.json` });
    const body = { format_version: 1, id, glossary: [{ term: 'ASN', definition: 'Aparatur Sipil Negara.' }], questions,
      lessons: lessons.map((l) => ({ ...l, blocks: [para('Paragraf pembuka.'), para('Paragraf kedua.'),
        { list: { ordered: false, items: [[txt('satu')], [txt('dua')]] } },
        callout('dasar_hukum'), callout('studi_kasus'), callout('refleksi'), callout('ringkasan')] })) };
    fs.writeFileSync(path.join(dir, `content/gen/${id}.json`), JSON.stringify(body));
  }
  fs.writeFileSync(path.join(dir, 'content/gen/pack.json'), JSON.stringify(index));
  fs.writeFileSync(path.join(dir, 'packs.json'), JSON.stringify({ format_version: 1, packs: ['content/gen/pack.json'] }));
}
