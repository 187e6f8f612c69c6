// Site search for SONETA: the browser half of the search package (see its package-info).
// No dependencies, no third-party requests.
// ---- Analysis: the same terms as the site's Lucene chain (SearchAnalyzer) ----
const ch = (re) => (c) => re.test(c);
const isExt = ch(/[\p{M}\p{Cf}\u{1f3fb}-\u{1f3ff}]/u);
const isLetter = ch(/[\p{Alphabetic}\u02c2-\u02c5\u02d2-\u02d7\u02de\u02df\u02ed\u02ef-\u02ff\u05f3\ua720\ua721\ua789\ua78a]/u);
const isKana = ch(/[\p{Script=Katakana}\u3031-\u3035\u309b\u309c\u30a0\u30fc\uff70]/u);
const isIdeo = ch(/(?!\p{Lm})\p{Script=Han}|\p{Script=Hiragana}/u);
const isSea = ch(/(?=[\p{L}\p{M}])[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\p{Script=Ahom}]/u);
const flag = ch(/^[\u{1f1e6}-\u{1f1ff}]/u);
const isEmoji = ch(/[\p{Extended_Pictographic}\p{Emoji_Presentation}]/u);

// One class a code point: L letter, H Hebrew letter, N digit, K katakana, X connector, I ideograph, S South-East
// Asian, J emoji; m/n/b/q/d the marks that join letters (m), digits (n), both (b, q = '), Hebrew letters (d = ").
function classOf(c) {
  if (/\p{Nd}/u.test(c)) return 'N';
  if (/\p{Pc}|\u202f/u.test(c)) return 'X';
  if (isKana(c)) return 'K';
  if (isIdeo(c)) return 'I';
  if (isSea(c)) return 'S';
  if (/\p{Script=Hebrew}/u.test(c) && isLetter(c)) return 'H';
  if (isLetter(c)) return 'L';
  if (isEmoji(c) && !flag(c)) return 'J';
  if (flag(c)) return 'R';
  if (c == "'") return 'q';
  if (c == '"') return 'd';
  if (/[.\u2018\u2019\u2024\ufe52\uff07\uff0e]/.test(c)) return 'b';
  if (/[:\u00b7\u0387\u05f4\u2027\ufe13\ufe55\uff1a]/.test(c)) return 'm';
  if (/[,;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b]/.test(c)) return 'n';
  return ' ';
}
const WORD = 'LHNKX';

/** Words of a text with their positions, as Lucene's StandardTokenizer finds them (Unicode word boundaries). */
export function tokenize(text) {
  const u = [];
  for (const c of text) {
    const last = u[u.length - 1];
    if (isExt(c) && c != '\u200b' && last) last.s += c;
    else u.push({ k: classOf(c), s: c });
  }
  const out = [];
  let end = 0;
  for (let i = 0; i < u.length;) {
    let k = u[i].k, s = u[i].s, j = i + 1, solid = k != 'X';
    if (WORD.includes(k)) {
      for (; j < u.length; j++) {
        const a = u[j - 1].k, b = u[j].k, c = u[j + 1]?.k;
        const L = (x) => x == 'L' || x == 'H';
        if ('LHN'.includes(a) && 'LHN'.includes(b) || a == 'K' && b == 'K' || a == 'X' && WORD.includes(b) || b == 'X' && WORD.includes(a)) {
          solid ||= b != 'X';
        } else if (L(a) && 'mbq'.includes(b) && L(c) || a == 'N' && 'nbq'.includes(b) && c == 'N' || a == 'H' && b == 'd' && c == 'H') {
          s += u[j++].s;
        } else if (a == 'H' && b == 'q') {
          s += u[j++].s;
          break;
        } else break;
        s += u[j].s;
      }
    } else if (k == 'S') {
      for (; j < u.length && u[j].k == 'S'; j++) s += u[j].s;
    } else if (k == 'R') {
      if (solid = u[j]?.k == 'R') s += u[j++].s;
    } else if (k == 'J') {
      // An emoji ends at its presentation selector; a zero-width joiner before or after it may join others.
      const em = (x) => x.replace(/(\ufe0f\u200d?).*/su, '$1');
      if (i > end) s = /\u200d*$/.exec(u[i - 1].s)[0] + s;
      for (s = em(s); u[j]?.k == 'J' && s.endsWith('\u200d'); ) s += em(u[j++].s);
      s = s.replace(/\ufe0f\u200d$/, '\ufe0f');
    } else solid = k == 'I';
    if (solid) out.push({ word: s, position: out.length });
    if (j > i + 1 || solid) end = j;
    i = j;
  }
  return out;
}

// Letters that ASCIIFoldingFilter folds but canonical decomposition leaves alone ("a-z" runs map in order).
const FOLD = {};
for (const e of 'ßss æae ðd øo þth đd ħh ıi ĳij ĸq ŀl łl ŉn ŋn œoe ŧt ſs ƀb ƃb ƈc ƌd ƒf ƕhv ƙ-ƚk ƞn ƥp ƫt ƭt ƴy ƶz ƿw ǆdz ǉlj ǌnj ǝe ǣae ǥG ǧG ǳdz ǽae ǿo ȝz ȡd ȣou ȥz ȴl ȵn ȶt ȷj ȸdb ȹqp ȼc ȿs ɀz ɇe ɉj ɋq ɍr ɏy ẚa ẛf ẜs ẝs ỻll ỿy ‘\' ’\' ‛\' ⁱi ⁿn ₐa ₑe ₒo ₓx ₔa ⓐ-ⓩa ﬀff ﬁfi ﬂfl ﬃffi ﬄffl ﬆst ‼!! ⁉!? ⁄/ ;;'.split(' ')) {
  const [a, b] = e[1] == '-' ? [e[0], e[2]] : [e[0], e[0]];
  const out = e.slice(a == b ? 1 : 3);
  for (let c = a.charCodeAt(0), i = 0; c <= b.charCodeAt(0); c++, i++) FOLD[String.fromCharCode(c)] = a == b ? out : String.fromCharCode(out.charCodeAt(0) + i);
}

/** Lower case and diacritics folded away, as Lucene's LowerCaseFilter and ASCIIFoldingFilter do. */
export function fold(word) {
  let out = '';
  for (let c of word) {
    c = c == '\u0130' ? 'i' : c.toLowerCase();
    let f = c > '\uff00' && c < '\uff5f' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : FOLD[c];
    if (f == null) {
      f = /\p{M}/u.test(c) ? c : c.normalize('NFD').replace(/\p{M}/gu, '');
      if (!/^[\x20-\x7e]+$/.test(f)) f = c;
    }
    out += f;
  }
  return out;
}

const vowel = (c) => c && 'aeiouy\u00e8'.includes(c);
/** The Snowball Dutch stem of a folded word: a port of Lucene 9.12's org.tartarus.snowball.ext.DutchStemmer. */
export function stem(word) {
  const a = word.replace(/[áäéëíïóöúü]/g, (c) => 'aaeeiioouu'['áäéëíïóöúü'.indexOf(c)]).split('');
  if (a[0] == 'y') a[0] = 'Y';
  for (let i = 0; i < a.length - 1; i++) {
    if (vowel(a[i])) {
      if (a[i + 1] == 'i' && vowel(a[i + 2])) a[i + 1] = 'I';
      else if (a[i + 1] == 'y') a[i + 1] = 'Y';
    }
  }
  const n = a.length;
  // R1 and R2 start after the first non-vowel that follows a vowel (R1 at least at 3).
  const region = (i) => {
    while (i < n && !vowel(a[i])) i++;
    while (++i < n && vowel(a[i]));
    return i < n ? i + 1 : -1;
  };
  let r = region(0), p1 = n, p2 = n;
  if (r >= 0) {
    p1 = Math.max(r, 3);
    r = region(r);
    if (r >= 0) p2 = r;
  }
  let s = a.join(''), eFound = false;
  const consonant = (i, set = 'aeiouy\u00e8') => i >= 0 && !set.includes(s[i]);
  const undouble = () => {
    if (/(dd|kk|tt)$/.test(s)) s = s.slice(0, -1);
  };
  const enEnding = (k) => {
    if (k >= p1 && consonant(k - 1) && !s.slice(0, k).endsWith('gem')) {
      s = s.slice(0, k);
      undouble();
    }
  };
  const eEnding = () => {
    const k = s.length - 1;
    eFound = false;
    if (s[k] == 'e' && k >= p1 && consonant(k - 1)) {
      s = s.slice(0, k);
      eFound = true;
      undouble();
    }
  };
  let m = /(heden|ene|en|se|s)$/.exec(s), k = m?.index;
  if (m?.[1] == 'heden') {
    if (k >= p1) s = s.slice(0, k) + 'heid';
  } else if (m?.[1][1] == 'n') enEnding(k);
  else if (m && k >= p1 && consonant(k - 1, 'aeijouy\u00e8')) s = s.slice(0, k);
  eEnding();
  k = s.length - 4;
  if (s.endsWith('heid') && k >= p2 && s[k - 1] != 'c') {
    s = s.slice(0, k);
    if (s.endsWith('en')) enEnding(k - 2);
  }
  m = /(end|ing|ig|lijk|baar|bar)$/.exec(s);
  k = m?.index;
  if (m && k >= p2) {
    const x = m[1];
    if (x == 'end' || x == 'ing') {
      s = s.slice(0, k);
      if (s.endsWith('ig') && k - 2 >= p2 && s[k - 3] != 'e') s = s.slice(0, k - 2);
      else undouble();
    } else if (x == 'ig' ? s[k - 1] != 'e' : x != 'bar' || eFound) {
      s = s.slice(0, k);
      if (x == 'lijk') eEnding();
    }
  }
  k = s.length;
  if (k >= 4 && !'aeiouy\u00e8I'.includes(s[k - 1]) && /(aa|ee|oo|uu)$/.test(s.slice(0, -1)) && consonant(k - 4)) {
    s = s.slice(0, k - 2) + s.slice(k - 1);
  }
  return s.replace(/I/g, 'i').replace(/Y/g, 'y');
}

/** Terms of a text with positions (no vocabulary, no plural repairs): tokenize, fold, drop stop words, stem. */
export function analyzeText(text, stopWords) {
  const stop = new Set(stopWords);
  return tokenize(text).map((t) => ({ term: fold(t.word), position: t.position })).filter((t) => !stop.has(t.term)).map((t) => ({ term: stem(t.term), position: t.position }));
}

// ---- The static index (format in the search package-info) ----
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const varints = (text) => {
  const out = [];
  for (let i = 0, v = 0, shift = 0; i < text.length; i++) {
    const c = B64.indexOf(text[i]);
    v += (c & 31) * 2 ** shift;
    if (c & 32) shift += 5;
    else out.push(v), (v = shift = 0);
  }
  return out;
};
const float32 = (bits) => new Float32Array(new Int32Array([bits]).buffer)[0];
const fnv1a = (term) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
const shardKey = (word) => (/^[a-z0-9]/.test(word) ? word[0] : '_');

/** A handle on the index: fetches the manifest now, every other file once, when a query needs it. */
export async function openIndex(manifestUrl, siteRoot) {
  const base = new URL(manifestUrl, globalThis.location?.href);
  const files = new Map();
  const get = (name) => {
    if (!files.has(name)) {
      files.set(name, fetch(new URL(name, base)).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${name}`);
        return r.json();
      }));
    }
    return files.get(name);
  };
  const m = await get(base.href);
  // Every file but the manifest is named by its shard and the index version: the manifest need not list them.
  const file = (prefix, key) => get(`${prefix}${key}.${m.version}.json`);
  return { m, file, root: new URL(siteRoot || '../../', base), stop: new Set(m.stopWords), vocab: new Map(),
    keys: new Set(m.vocab), decoded: new Map() };
}

/** The vocabulary shard of a word's first letter: its words, the term of each, and the set of its terms. */
async function shard(ix, key) {
  if (!ix.vocab.has(key)) {
    const words = ix.keys.has(key) ? (await ix.file('v-', key)).words : [];
    ix.vocab.set(key, { words, byWord: new Map(words.map((w) => [w[0], w])), terms: new Set(words.map((w) => w[1])) });
  }
  return ix.vocab.get(key);
}

const exactTerm = (sh, word) => sh.byWord.get(word)?.[1] ?? (sh.terms.has(stem(word)) ? stem(word) : null);

/** Optimal string alignment distance (swapped neighbours count as one typo); above max it may stop early. */
export function distance(a, b, max = 99) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let d = [], prev = [], row = [];
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    [d, prev, row] = [prev, row, [i]];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.min(v, d[j - 2] + 1);
      low = Math.min(low, (row[j] = v));
    }
    if (low > max) return max + 1;
  }
  return row[b.length];
}

// Nearest words of the shard first, then the commonest, then alphabetical (UTF-16 order, as in Java).
const near = (sh, word, max) => sh.words
  .map((w) => [distance(word, w[0], max), -w[2], w[0], w[1]])
  .filter((c) => c[0] <= max)
  .sort((x, y) => x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : 1));

const typos = (word) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

// ---- The query model (QueryPlan) ----
const segments = (text) => text.split(/["“”„]/).map((t, i) => ({ t, phrase: i % 2 == 1 }));
const words = (ix, text) => tokenize(text).map((t) => ({ w: fold(t.word), p: t.position }));

async function plan(ix, text, typing) {
  const parts = segments(text), clauses = [], phrases = [];
  let nothing = false;
  const prefix = typing && !parts[parts.length - 1].phrase && /[\p{L}\p{Nd}]$/u.test(text);
  for (const [s, part] of parts.entries()) {
    const ws = words(ix, part.t).filter((x) => !ix.stop.has(x.w));
    const shards = await Promise.all(ws.map((x) => shard(ix, shardKey(x.w))));
    const terms = [];
    for (const [i, { w, p }] of ws.entries()) {
      const sh = shards[i], exact = exactTerm(sh, w), add = (t, boost, req) => clauses.push({ t, boost, req });
      if (part.phrase) {
        if (exact == null) nothing = true;
        else add(exact, 1, true), terms.push({ t: exact, p: p - ws[0].p });
        continue;
      }
      if (exact != null) add(exact, 1);
      if (exact == null && w.length >= 4) {
        const seen = new Map();
        for (const c of near(sh, w, typos(w))) if (seen.size < 4 && !seen.has(c[3])) seen.set(c[3], c[0] == 1 ? 0.5 : 0.25);
        seen.forEach((boost, t) => add(t, boost));
      }
      if (prefix && s == parts.length - 1 && i == ws.length - 1 && w.length >= 2) {
        const seen = new Set();
        sh.words.filter((c) => c[0].length > w.length && c[0].startsWith(w))
          .sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1))
          .forEach((c) => c[1] != exact && seen.size < 4 && seen.add(c[1]));
        seen.forEach((t) => add(t, 0.5));
      }
    }
    if (terms.length > 1) phrases.push(terms);
  }
  // One clause a term (required wins, else the highest boost): Lucene would add repeated boosts, and 0.75
  // no longer scales the exported float exactly.
  const byTerm = new Map();
  for (const c of clauses) {
    const o = byTerm.get(c.t);
    if (!o || (o.req != c.req ? c.req : c.boost > o.boost)) byTerm.set(c.t, c);
  }
  return { clauses: [...byTerm.values()], phrases, nothing };
}

/** Postings of a term: doc → [score, section indexes]. */
async function postings(ix, term) {
  if (ix.decoded.has(term)) return ix.decoded.get(term);
  const shard = await ix.file('s-', fnv1a(term) % ix.m.postingShards), out = new Map();
  const entry = Object.hasOwn(shard, term) ? shard[term] : null;
  ix.decoded.set(term, out);
  if (!entry) return out;
  // Scores: ascending float bits, delta-encoded; a posting names its score by rank.
  let bits = 0;
  const table = varints(entry[0]).map((d) => float32((bits += d))), v = varints(entry[1]);
  for (let i = 0, doc = 0; i < v.length;) {
    doc += v[i++];
    const x = v[i++], secs = x & 1 ? v.slice(i + 1, (i += v[i] + 1)) : [];
    out.set(doc, [table[x >> 1], secs]);
  }
  return out;
}

/** Positions of a term: doc → field → positions. */
async function positions(ix, term) {
  const shard = await ix.file('p-', fnv1a(term) % ix.m.positionShards), out = new Map();
  const v = varints(Object.hasOwn(shard, term) ? shard[term] : '');
  for (let i = 0, doc = 0; i < v.length;) {
    doc += v[i++];
    const fields = new Map();
    for (let n = v[i++]; n--;) {
      const f = v[i++], ps = [];
      for (let k = v[i++], p = 0; k--;) ps.push((p += v[i++]));
      fields.set(f, ps);
    }
    out.set(doc, fields);
  }
  return out;
}

async function filter(ix, kind, values) {
  if (!values.length) return null;
  const docs = new Set();
  for (const value of values) {
    if (ix.m.filters[kind].includes(value)) {
      varints((await ix.file(`f-${kind}-`, value)).docs).reduce((d, x) => (docs.add(d + x), d + x), 0);
    }
  }
  return docs;
}

/** "Bedoelde u …": every unknown word replaced by the nearest word of the site, or null. */
async function suggest(ix, text) {
  let corrected = false;
  const parts = [];
  for (const part of segments(text)) {
    const out = [];
    for (const { w } of words(ix, part.t)) {
      const sh = await shard(ix, shardKey(w));
      const fix = exactTerm(sh, w) != null || ix.stop.has(w) || w.length < 4 ? null : near(sh, w, typos(w) + 1)[0]?.[2];
      corrected ||= !!fix;
      out.push(fix || w);
    }
    if (out.length) parts.push(part.phrase ? `"${out.join(' ')}"` : out.join(' '));
  }
  return corrected ? parts.join(' ') : null;
}

const fround = Math.fround;

/**
 * Ranks every matching document: score descending, then document number. The first `count` hits carry
 * what a result shows.
 */
export async function runQuery(ix, text, { typing = false, kinds = [], themes = [], count = 10 } = {}) {
  const q = await plan(ix, text, typing);
  const terms = [...new Set(q.clauses.map((c) => c.t))];
  const lists = new Map(await Promise.all(terms.map(async (t) => [t, await postings(ix, t)])));
  const [kindDocs, themeDocs] = await Promise.all([filter(ix, 'kind', kinds), filter(ix, 'theme', themes)]);
  const required = q.clauses.filter((c) => c.req);
  let ranked = [];
  if (!q.nothing && q.clauses.length) {
    const candidates = new Set();
    (required.length ? [lists.get(required[0].t)] : [...lists.values()]).forEach((l) => l.forEach((_, d) => candidates.add(d)));
    const phrasePositions = await Promise.all(q.phrases.map((ph) => Promise.all(ph.map((w) => positions(ix, w.t)))));
    for (const doc of candidates) {
      if (kindDocs && !kindDocs.has(doc) || themeDocs && !themeDocs.has(doc)) continue;
      let req = 0, opt = 0, ok = true, any = false;
      for (const c of q.clauses) {
        const p = lists.get(c.t).get(doc);
        if (p) c.req ? (req += p[0] * c.boost) : ((opt += p[0] * c.boost), (any = true));
        else if (c.req) ok = false;
      }
      ok &&= q.phrases.every((ph, n) => phraseIn(ph, phrasePositions[n], doc));
      if (ok && (required.length || any)) {
        ranked.push([doc, !required.length ? fround(opt) : !any ? fround(req) : fround(fround(req) + fround(opt))]);
      }
    }
  }
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const result = { total: ranked.length, ranked: ranked.map((r) => r[0]), hits: [], suggestion: null, q, lists, scores: ranked };
  result.hits = await hits(ix, result, 0, count);
  if (!ranked.length && text.trim()) result.suggestion = await suggest(ix, text);
  return result;
}

// A phrase matches when one field has its words at consecutive positions (stop words leave their gap).
function phraseIn(phrase, lists, doc) {
  const fields = lists.map((l) => l.get(doc));
  if (fields.some((f) => !f)) return false;
  for (const [f, starts] of fields[0]) {
    for (const start of starts) {
      if (phrase.every((w, i) => fields[i].get(f)?.includes(start + w.p - phrase[0].p))) return true;
    }
  }
  return false;
}

/** Metadata of ranked documents from..to: url, title, kind label, date, snippet words, matching sections. */
export async function hits(ix, result, from, to) {
  const docs = result.ranked.slice(from, to), size = ix.m.docShardSize;
  const shards = await Promise.all(docs.map((d) => ix.file('d-', Math.floor(d / size))));
  const kinds = new Map(ix.m.kinds);
  return docs.map((doc, i) => {
    const meta = shards[i][doc % size], counts = new Map();
    // Only web addresses under the site can come out, whatever a path in the index says.
    const url = new URL(meta.u, ix.root).href.startsWith(ix.root.href) ? new URL(meta.u, ix.root).href : ix.root.href;
    for (const [, list] of result.lists) for (const s of list.get(doc)?.[1] || []) counts.set(s, (counts.get(s) || 0) + 1);
    const sections = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 3)
      .map(([s]) => ({ url: `${url}#${meta.sec[s][0]}`, title: meta.sec[s][1] }));
    return {
      doc, score: result.scores[from + i][1], url, title: meta.t, kind: kinds.get(meta.k) || meta.k, date: meta.d || null,
      snippet: meta.s, sections, themes: (meta.th || []).map((t) => ix.m.themes[t]?.[1]),
    };
  });
}

/** Does a word of a result's text stand for one of the query's terms? Uses vocabulary shards already loaded. */
const matches = (ix, result, word) => {
  const w = fold(word), term = ix.vocab.get(shardKey(w))?.byWord.get(w)?.[1] ?? stem(w);
  return !ix.stop.has(w) && result.lists.has(term);
};

// ---- The search page ----
const MONTHS = 'januari februari maart april mei juni juli augustus september oktober november december'.split(' ');
const dutchDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  Object.assign(e, attrs);
  e.append(...children);
  return e;
};

/** Text with the words that match the query in <mark>, as DOM nodes (never parsed as HTML). */
function marked(ix, result, text) {
  const out = [];
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}]+)*/gu)) {
    if (!matches(ix, result, m[0])) continue;
    out.push(text.slice(at, m.index), el('mark', { textContent: m[0] }));
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out;
}

function start(box) {
  const form = document.getElementById('zoekformulier'), input = document.getElementById('zoekterm');
  const status = document.getElementById('zoekstatus'), list = box.querySelector('[data-search-results]');
  const hint = el('p', { className: 'zoeksuggestie', hidden: true });
  const more = el('button', { type: 'button', className: 'meer-resultaten', hidden: true, textContent: 'Meer resultaten' });
  status.after(hint);
  list.after(more);
  const checked = (name) => [...form.querySelectorAll(`[name="${name}"]`)]
    .flatMap((c) => (c.options ? [...c.selectedOptions].map((o) => o.value).filter(Boolean) : c.checked ? [c.value] : []));
  let index, shown = 0, last = null, seq = 0, timer, said;
  // While typing, the count is announced once the typing pauses: a screen reader would read every partial count.
  const announce = (text, typing) => {
    clearTimeout(said);
    if (typing) said = setTimeout(() => (status.textContent = text), 900);
    else status.textContent = text;
  };

  const render = (ix, result, hitList) => hitList.map((h) => {
    const meta = el('p', { className: 'zoekresultaat-meta' }, h.kind, ...(h.date ? [' · ', el('time', { dateTime: h.date, textContent: dutchDate(h.date) })] : []));
    const li = el('li', { className: 'zoekresultaat' },
      el('a', { className: 'zoekresultaat-link', href: h.url }, ...marked(ix, result, h.title)), meta);
    if (h.snippet) li.append(el('p', { className: 'zoekresultaat-tekst' }, ...marked(ix, result, h.snippet)));
    if (h.sections.length) li.append(el('ul', { className: 'zoekresultaat-delen' }, ...h.sections.map((s) => el('li', {}, el('a', { href: s.url, textContent: s.title })))));
    return li;
  });

  async function search(typing) {
    const q = input.value, kinds = checked('soort'), themes = checked('thema'), mine = ++seq;
    const params = new URLSearchParams();
    if (q.trim()) params.set('q', q);
    kinds.forEach((k) => params.append('soort', k));
    themes.forEach((t) => params.append('thema', t));
    history.replaceState(null, '', `${location.pathname}${params.toString() ? `?${params}` : ''}`);
    if (!q.trim()) {
      list.replaceChildren();
      announce('', false);
      hint.hidden = more.hidden = true;
      return;
    }
    try {
      index ||= await openIndex(box.dataset.index, box.dataset.siteRoot);
      const result = await runQuery(index, q, { typing, kinds, themes });
      if (mine != seq) return;
      last = result;
      shown = result.hits.length;
      list.replaceChildren(...render(index, result, result.hits));
      const n = result.total, filtered = kinds.length || themes.length ? ' met de gekozen filters' : '';
      announce(`${n ? n : 'Geen'} ${n == 1 ? 'resultaat' : 'resultaten'} voor ‘${q.trim()}’${filtered}.`, typing);
      hint.hidden = !result.suggestion;
      if (result.suggestion) {
        params.set('q', result.suggestion);
        hint.replaceChildren('Bedoelde u ', el('a', { href: `?${params}`, textContent: result.suggestion }), '?');
      }
      more.hidden = shown >= n;
    } catch (e) {
      if (mine == seq) announce('Zoeken lukt nu niet. Probeer het later opnieuw.', false);
      console.error(e);
    }
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  for (const c of form.querySelectorAll('[name="soort"], [name="thema"]')) {
    const values = params.getAll(c.name);
    if (c.type == 'checkbox') c.checked = values.includes(c.value);
    else for (const o of c.options || []) o.selected = values.includes(o.value);
  }
  // Filters chosen in a shared link stay in view, so the resident sees why results are fewer.
  if (checked('soort').length || checked('thema').length) document.getElementById('zoekfilters')?.setAttribute('open', '');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    search(false);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(true), 120);
  });
  form.addEventListener('change', (e) => e.target != input && search(false));
  hint.addEventListener('click', (e) => {
    if (e.target.tagName != 'A') return;
    e.preventDefault();
    input.value = last.suggestion;
    input.focus();
    search(false);
  });
  more.addEventListener('click', async () => {
    const next = await hits(index, last, shown, shown + 10), items = render(index, last, next);
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= last.total;
    // Keyboard users continue where the new results start.
    items[0]?.querySelector('a').focus();
  });
  if (input.value.trim()) search(false);
}

const box = typeof document != 'undefined' && document.getElementById('zoeken');
if (box) start(box);
