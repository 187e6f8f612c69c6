// Sociale kaart: filters the organisations of /organisaties/ in place. Without this script the page lists every
// organisation and links to the static filter pages. The cards carry the values they match in data-* attributes,
// written by the build (OrganisationFilters), so the script and the static pages agree.
const form = document.getElementById('kaartfilter');
const status = document.getElementById('kaart-aantal');
const empty = document.getElementById('kaart-leeg');
const field = form.elements.q;
const FACETS = ['thema', 'voor', 'wijk', 'soort'];

/** Lower case without accents, so "client" finds "cliënt". */
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const cards = [...document.querySelectorAll('#kaart-lijst > li')].map((li) => ({
  li,
  text: fold(li.textContent),
  values: Object.fromEntries(FACETS.map((f) => [f, li.dataset[f].split(' ')])),
}));

const count = (n, filtered) =>
  (n === 0 ? 'Geen organisaties' : n === 1 ? '1 organisatie' : n + ' organisaties') + (filtered ? ' gevonden' : '');

let timer;

function apply(announceNow) {
  const words = fold(field.value).split(/\s+/).filter(Boolean);
  const chosen = FACETS.map((f) => [f, form.elements[f].value]).filter(([, v]) => v);
  let shown = 0;
  for (const card of cards) {
    const match = chosen.every(([f, v]) => card.values[f].includes(v)) && words.every((w) => card.text.includes(w));
    card.li.hidden = !match;
    if (match) shown++;
  }
  empty.hidden = shown > 0;
  const query = new URLSearchParams(chosen);
  if (field.value.trim()) query.set('q', field.value.trim());
  const search = query.toString();
  history.replaceState(null, '', search ? '?' + search : location.pathname);
  // While someone types, announce the count once they pause, not at every letter.
  const text = count(shown, chosen.length > 0 || words.length > 0);
  clearTimeout(timer);
  if (announceNow) status.textContent = text;
  else timer = setTimeout(() => { status.textContent = text; }, 600);
}

function clear() {
  form.reset();
  apply(true);
  field.focus();
}

const shared = new URLSearchParams(location.search);
for (const f of FACETS) {
  const select = form.elements[f];
  // A link may name a value the site no longer has: then that filter is left open.
  if ([...select.options].some((o) => o.value === shared.get(f))) select.value = shared.get(f);
}
field.value = shared.get('q') || '';

form.addEventListener('submit', (event) => {
  event.preventDefault();
  apply(true);
});
form.addEventListener('input', (event) => apply(event.target !== field));
document.querySelectorAll('.kaart-wissen').forEach((button) => button.addEventListener('click', clear));
apply(true);
