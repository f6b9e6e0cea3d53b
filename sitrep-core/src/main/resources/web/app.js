// sitrep's page: hash routes (#/, #/story/ID, #/doc/ID/b-e/sb-se, #/search?q=…&facet=…) over /api/v1.
// Plain DOM, no framework; every item is a real link to the sentence it came from.
const API = 'api/v1';
const main = document.getElementById('main');

async function get(path) {
  const response = await fetch(`${API}/${path}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

/** The link to an item's source: the document, with its span and sentence to highlight. */
function evidenceHref(e) {
  return `#/doc/${encodeURIComponent(e.documentId)}/${e.begin}-${e.end}/${e.sentenceBegin}-${e.sentenceEnd}`;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
}

function exportLinks(story) {
  const query = story ? `?story=${encodeURIComponent(story)}` : '';
  const formats = [['json', 'JSON'], ['csv', 'CSV'], ['hxl', 'CSV with HXL tags'], ['geojson', 'GeoJSON'], ['md', 'Markdown']];
  return el('p', { class: 'exports' }, 'Export: ',
    formats.map(([format, label]) => el('a', { href: `${API}/export/${format}${query}`, download: true, text: label })));
}

async function storyList() {
  const stories = await get('stories?limit=1000');
  document.title = 'sitrep: stories';
  show(el('h1', { text: 'Stories' }),
    el('p', { class: 'muted', text: `${stories.total} stor${stories.total === 1 ? 'y' : 'ies'} in this workspace` }),
    el('ul', { class: 'cards', id: 'stories' }, stories.items.map(story => el('li', {},
      el('a', { href: `#/story/${encodeURIComponent(story.id)}`, text: story.label || story.id }),
      el('div', { class: 'muted', text: `${story.dates} · ${story.documents.length} report(s)` }),
      story.places.length ? el('div', { class: 'muted', text: story.places.slice(0, 6).join(', ') }) : null))),
    exportLinks(null));
}

async function storyView(id) {
  const q = `story=${encodeURIComponent(id)}&limit=1000`;
  const [story, places, timeline, claims, quotes] = await Promise.all([
    get(`stories/${encodeURIComponent(id)}`), get(`places?${q}`), get(`timeline?${q}`), get(`claims?${q}`), get(`quotes?${q}`)]);
  document.title = `sitrep: ${story.label}`;
  const figures = el('section', { 'aria-labelledby': 'figures-h' }, el('h2', { id: 'figures-h', text: 'Figures' }));
  show(
    el('h1', { text: story.label || story.id }),
    el('p', { class: 'muted', text: `${story.dates} · ${story.places.join(', ')}` }),
    el('h2', { text: `Reports (${story.documents.length})` }),
    el('ul', { id: 'story-documents' }, story.documents.map(d => el('li', {},
      el('a', { href: `#/doc/${encodeURIComponent(d.id)}`, text: nameOf(d) }),
      el('span', { class: 'muted', text: ` ${d.outlet || ''} ${d.published ? d.published.slice(0, 10) : 'undated'}` })))),
    el('div', { class: 'story-grid' },
      el('section', { 'aria-labelledby': 'map-h' }, el('h2', { id: 'map-h', text: 'Map' }),
        el('div', { id: 'map', role: 'region', 'aria-label': 'Map of the places named' })),
      el('section', { 'aria-labelledby': 'timeline-h' }, el('h2', { id: 'timeline-h', text: 'Timeline' }),
        el('ol', { class: 'timeline', id: 'timeline' }, timeline.items.map(row => el('li', {},
          el('time', { text: row.date }),
          el('a', { href: row.evidence ? evidenceHref(row.evidence) : null, text: shortened(row.text) }),
          el('span', { class: 'muted', text: ` ${row.outlet || ''}` })))))),
    figures,
    el('section', { 'aria-labelledby': 'quotes-h' }, el('h2', { id: 'quotes-h', text: 'Who said what' }),
      el('dl', { class: 'quotes', id: 'quotes' }, quotes.items.map(s => [el('dt', { text: s.speaker }),
        // only the speaker's own words go in quote marks; reported speech and stances say what they are
        s.quotes.map(said => el('dd', {}, el('a', { href: evidenceHref(said.evidence),
          text: said.kind === 'direct' ? `“${said.text}”` : `${said.text} (${said.kind === 'stance' ? 'stance' : 'reported'})` }),
          el('span', { class: 'muted', text: ` ${said.cueVerb || ''} · ${said.outlet || ''}` })))]))),
    exportLinks(id));
  figureTable(figures, claims.items);
  drawMap(places);
}

/** The figures grouped by measure, with verdict and independent sources; filtered by measure, verdict and words. */
function figureTable(section, figures) {
  const measures = [...new Set(figures.map(f => f.measure || 'other'))].sort();
  const verdicts = ['corroborated', 'consistent', 'conflicting', 'single-source', 'not compared'];
  const measure = el('select', { id: 'filter-measure' }, el('option', { value: '', text: 'all' }),
    measures.map(m => el('option', { value: m, text: m.replace(/_/g, ' ') })));
  const verdict = el('select', { id: 'filter-verdict' }, el('option', { value: '', text: 'all' }),
    verdicts.map(v => el('option', { value: v, text: v })));
  const words = el('input', { id: 'filter-text', type: 'text', placeholder: 'place, source, figure…' });
  const table = el('table', { id: 'figures' }, el('caption', { class: 'visually-hidden', text: 'Figures by measure' }),
    el('thead', {}, el('tr', {}, ['Figure', 'Interval', 'Place', 'When', 'Claimed by', 'Verdict', 'Independent sources']
      .map(h => el('th', { scope: 'col', text: h })))));
  const count = el('p', { class: 'muted', id: 'figures-count', 'aria-live': 'polite' });
  const render = () => {
    const text = words.value.trim().toLowerCase();
    const shown = figures.filter(f => (!measure.value || (f.measure || 'other') === measure.value)
      && (!verdict.value || (f.verdict || 'not compared') === verdict.value)
      && (!text || [f.asWritten, f.place, f.claimedBy, f.outlet, f.evidence.sentence].join(' ').toLowerCase().includes(text)));
    table.querySelectorAll('tbody').forEach(body => body.remove());
    for (const m of measures) {
      const rows = shown.filter(f => (f.measure || 'other') === m);
      if (!rows.length) continue;
      table.append(el('tbody', { 'data-measure': m },
        el('tr', {}, el('th', { class: 'measure', colspan: 7, scope: 'rowgroup', text: `${m.replace(/_/g, ' ')} (${rows.length})` })),
        rows.map(f => el('tr', { class: 'figure' },
          el('td', { 'data-label': 'Figure' }, el('a', { href: evidenceHref(f.evidence), text: f.asWritten, title: f.evidence.sentence })),
          el('td', { 'data-label': 'Interval', text: f.interval }), el('td', { 'data-label': 'Place', text: f.place }),
          el('td', { 'data-label': 'When', text: f.time }), el('td', { 'data-label': 'Claimed by', text: f.claimedBy }),
          el('td', { 'data-label': 'Verdict' }, el('span', { class: `verdict ${f.verdict || ''}`, text: f.verdict || 'not compared' })),
          el('td', { 'data-label': 'Independent sources', text: f.independentSources ?? '' })))));
    }
    count.textContent = `${shown.length} of ${figures.length} figure(s)`;
  };
  [measure, verdict].forEach(select => select.addEventListener('change', render));
  words.addEventListener('input', render);
  section.append(el('div', { class: 'filters' },
    el('label', {}, 'Measure', measure), el('label', {}, 'Verdict', verdict), el('label', {}, 'Contains', words)),
  count, el('div', { class: 'table-wrap' }, table));
  render();
}

let baseMap = null;
async function drawMap(places) {
  const map = L.map('map', { worldCopyJump: true, attributionControl: false });
  window.sitrepMap = map;
  if (!baseMap) {
    const world = await (await fetch('vendor/world-atlas/countries-110m.json')).json();
    baseMap = withoutAntimeridianJumps(topojson.feature(world, world.objects.countries));
  }
  L.geoJSON(baseMap, { style: { color: '#8a94a6', weight: 0.6, fillColor: '#f4f1e8', fillOpacity: 1 }, interactive: false }).addTo(map);
  L.Icon.Default.imagePath = 'vendor/leaflet/images/';
  const markers = places.features.map(feature => {
    const [lon, lat] = feature.geometry.coordinates;
    const p = feature.properties;
    const first = p.evidence[0];
    const marker = L.marker([lat, lon], { title: p.name, alt: p.name, keyboard: true }).addTo(map);
    marker.bindPopup(`<strong>${escapeHtml(p.name)}</strong> (${p.mentions} mention${p.mentions === 1 ? '' : 's'})`
      + (first ? `<br><a href="${evidenceHref(first)}">${escapeHtml(first.sentence)}</a>` : ''));
    return marker;
  });
  const focus = whereTheStoryIs(places.features, markers);
  if (focus.length) map.fitBounds(L.featureGroup(focus).getBounds().pad(0.4), { maxZoom: 7 });
  else map.setView([20, 0], 1);
}

/**
 * The markers the map opens on: the places within 1,000 km of the middle of what the reports name (the
 * median of the places, each counted by its mentions), so a capital named in passing (Washington, Moscow)
 * keeps its marker without zooming the map out to the world. All markers when fewer than two are near.
 */
function whereTheStoryIs(features, markers) {
  const weighted = (axis) => {
    const values = features.flatMap(f => Array(Math.max(1, f.properties.mentions || 1)).fill(f.geometry.coordinates[axis]))
      .sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  if (!features.length) return [];
  const middle = L.latLng(weighted(1), weighted(0));
  const near = markers.filter(m => m.getLatLng().distanceTo(middle) < 1000e3);
  return near.length >= 2 ? near : markers;
}

/**
 * The base map as Leaflet can draw it: a ring that crosses the antimeridian (Russia, Fiji) jumps from +180 to -180 and
 * Leaflet would draw that jump as a line across the world, so its longitudes are unwrapped to run on past 180; and
 * Antarctica, whose ring closes along the pole that Web Mercator cannot show, is left out (ISO 3166 numeric 010).
 */
function withoutAntimeridianJumps(collection) {
  const unwrap = ring => {
    let shift = 0;
    return ring.map(([lon, lat], i) => {
      if (i > 0) {
        const previous = ring[i - 1][0];
        if (lon - previous > 180) shift -= 360;
        else if (previous - lon > 180) shift += 360;
      }
      return [lon + shift, lat];
    });
  };
  const polygons = geometry => geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return {
    type: 'FeatureCollection',
    features: collection.features.filter(f => f.id !== '010' && f.geometry).map(f => ({
      ...f,
      geometry: { type: 'MultiPolygon', coordinates: polygons(f.geometry).map(polygon => polygon.map(unwrap)) },
    })),
  };
}

/** A report's title or the server's label for it (its lede's opening words), else its outlet and file name. */
function nameOf(doc) {
  if (doc.title) return doc.title;
  if (doc.label) return doc.label;
  const last = String(doc.source).split(/[\\/]/).pop();
  return doc.outlet ? `${doc.outlet}: ${last}` : last;
}

/** A long sentence cut at a word near 160 characters, so the timeline stays a list of lines. */
function shortened(text, limit = 160) {
  if (!text || text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return `${text.slice(0, cut > 0 ? cut : limit)}…`;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The article's clean text with the sentence marked and the item's own words in bold; scrolled to and focused. */
async function documentView(id, span, sentence) {
  const doc = await get(`documents/${encodeURIComponent(id)}`);
  document.title = `sitrep: ${nameOf(doc)}`;
  const text = doc.cleanText;
  const body = el('div', { class: 'article', id: 'article' });
  if (sentence) {
    const [sb, se] = sentence.split('-').map(Number);
    const [b, e] = (span || sentence).split('-').map(Number);
    const mark = el('mark', { id: 'highlight', tabindex: '-1' },
      text.slice(sb, Math.max(sb, b)), el('strong', { text: text.slice(b, e) }), text.slice(Math.min(e, se), se));
    body.append(text.slice(0, sb), mark, text.slice(se));
  } else {
    body.append(text);
  }
  show(el('p', {}, doc.stories.map(story => el('a', { href: `#/story/${encodeURIComponent(story)}`, text: '← the story' }))),
    el('h1', { text: nameOf(doc) }),
    el('p', { class: 'muted', text: [doc.outlet, doc.wireAgency && `via ${doc.wireAgency}`, doc.published || 'undated', doc.source].filter(Boolean).join(' · ') }),
    body,
    doc.removed.length ? el('details', {}, el('summary', { text: `Removed by cleaning (${doc.removed.length})` }),
      el('ul', {}, doc.removed.map(r => el('li', {}, el('code', { text: r.reason }), ' ', r.text)))) : null);
  const mark = document.getElementById('highlight');
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}

async function searchView(params) {
  const q = params.get('q') || '';
  const facets = params.getAll('facet');
  document.getElementById('search-q').value = q;
  const query = new URLSearchParams({ q, limit: 50 });
  facets.forEach(f => query.append('facet', f));
  const result = await get(`search?${query}`);
  // the story facet counts story ids: shown by the stories' labels
  const storyIds = [...(result.facets.story || []).map(c => c.value),
    ...facets.filter(f => f.startsWith('story=')).map(f => f.slice('story='.length))];
  const labels = storyIds.length
    ? Object.fromEntries((await get('stories?limit=1000')).items.map(s => [s.id, s.label])) : {};
  const shown = (name, value) => name === 'story' && labels[value] ? labels[value] : value;
  document.title = `sitrep: search ${q}`;
  const link = (nextFacets) => {
    const next = new URLSearchParams({ q });
    nextFacets.forEach(f => next.append('facet', f));
    return `#/search?${next}`;
  };
  show(el('h1', { text: `Search: ${q || 'everything'}` }),
    el('p', { class: 'muted', id: 'search-total', text: `${result.total} match(es)` },
      facets.map(f => el('a', { class: 'chip', href: link(facets.filter(x => x !== f)),
        text: ` ✕ ${f.split('=')[0]}=${shown(f.split('=')[0], f.slice(f.indexOf('=') + 1))}` }))),
    el('div', { class: 'search-grid' },
      el('aside', { class: 'facets', id: 'facets', 'aria-label': 'Narrow by' }, Object.entries(result.facets)
        .filter(([, counts]) => counts.length).map(([name, counts]) => [el('h3', { text: name }),
          el('ul', {}, counts.slice(0, 8).map(c => el('li', {},
            el('a', { href: link([...facets, `${name}=${c.value}`]), text: shown(name, c.value) }), ` (${c.count})`)))])),
      el('ol', { class: 'results', id: 'results' }, result.items.map(hit => el('li', {},
        el('a', { href: hit.kind === 'document' ? `#/doc/${encodeURIComponent(hit.documentId)}`
          : `#/doc/${encodeURIComponent(hit.documentId)}/${hit.begin}-${hit.end}/${hit.begin}-${hit.end}`, text: `${hit.kind}: ${hit.title || hit.documentId}` }),
        el('div', {}, snippet(hit.snippet)),
        el('div', { class: 'muted', text: [hit.outlet, hit.published].filter(Boolean).join(' · ') }))))));
}

/** The index marks matching words «like this»: shown in bold. */
function snippet(text) {
  return (text || '').split(/«|»/).map((part, i) => i % 2 ? el('strong', { text: part }) : part);
}

async function route() {
  const hash = location.hash || '#/';
  try {
    let m;
    if ((m = hash.match(/^#\/story\/([^/]+)$/))) await storyView(decodeURIComponent(m[1]));
    else if ((m = hash.match(/^#\/doc\/([^/]+)(?:\/(\d+-\d+)\/(\d+-\d+))?$/))) await documentView(decodeURIComponent(m[1]), m[2], m[3]);
    else if (hash.startsWith('#/search')) await searchView(new URLSearchParams(hash.split('?')[1] || ''));
    else await storyList();
    if (!hash.startsWith('#/doc/')) main.focus({ preventScroll: true });
  } catch (error) {
    show(el('h1', { text: 'Something went wrong' }), el('p', { class: 'error', role: 'alert', text: error.message }));
  }
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  location.hash = `#/search?${new URLSearchParams({ q: document.getElementById('search-q').value })}`;
});
window.addEventListener('hashchange', route);
route();
