// Browser test of `sitrep serve` (issue 9): a fresh workspace, the two samples ingested through the API with their
// publication dates, then the page driven in Debian's headless Chromium by playwright-core. Checks what an analyst
// does: both reports in one story, a figure clicked to its highlighted sentence, map markers where the dossier's
// places are, the figures table filtered, a search narrowed by a facet. Screenshots go to $SCREENSHOTS.
//
//   node serve-page.test.mjs JAVA JAR SAMPLES_DIR SCREENSHOTS_DIR
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
const [java, jar, samples, screenshots] = process.argv.slice(2);
const AFP = '000_92000f6dc78d55fa.txt', REUTERS = '003_d5fd3b3efb1a6e58.txt';
// Without the background-networking flags Chromium's own connections are refused by a closed network and it stalls.
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const step = (name) => console.log(`browser-test: ${name}`);

async function startServer(workspace) {
  const server = spawn(java, ['--enable-native-access=ALL-UNNAMED', '-Xmx3g', '-Xss8m', '-jar', jar, 'serve',
    '--workspace', workspace, '--port', '0', '--workers', '2'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((ok, fail) => {
    let out = '';
    server.stdout.on('data', chunk => {
      out += chunk;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) ok(m[1]);
    });
    server.on('exit', code => fail(new Error(`sitrep serve exited with ${code}: ${out}`)));
    setTimeout(() => fail(new Error(`sitrep serve did not start: ${out}`)), 60_000);
  });
  return { server, url };
}

async function api(base, path, init) {
  const response = await fetch(new URL(`api/v1/${path}`, base), init);
  const body = await response.json();
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

async function ingest(base, file, published) {
  const job = await api(base, 'ingest', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ inputs: [join(samples, file)], published }) });
  for (let i = 0; i < 600; i++) {
    const now = await api(base, `jobs/${job.id}`);
    if (now.state === 'DONE') {
      assert.equal(now.added + now.alreadyStored, 1, `${file}: ${JSON.stringify(now)}`);
      return;
    }
    assert.notEqual(now.state, 'FAILED', `${file}: ${now.error}`);
    await new Promise(ok => setTimeout(ok, 500));
  }
  throw new Error(`ingest of ${file} did not finish`);
}

async function main() {
  // SITREP_BROWSER_WORKSPACE keeps a workspace between runs while working on the page (ingest then finds it done).
  const kept = process.env.SITREP_BROWSER_WORKSPACE;
  const workspace = kept || mkdtempSync(join(tmpdir(), 'sitrep-browser-'));
  mkdirSync(screenshots, { recursive: true });
  const { server, url } = await startServer(workspace);
  let browser;
  try {
    step(`serving ${url}; ingesting the samples through POST /api/v1/ingest`);
    await ingest(url, AFP, '2016-02-05');
    await ingest(url, REUTERS, '2016-02-08T16:12:00Z');

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = [];
    page.on('pageerror', e => problems.push(e.message));
    page.on('requestfailed', r => problems.push(`${r.url()}: ${r.failure()?.errorText}`));

    step('story list: both articles in one story');
    await page.goto(url);
    const story = (await api(url, 'stories')).items.find(s => s.documents.length === 2);
    assert.ok(story, 'a story holds both samples');
    await page.locator(`#stories a[href="#/story/${story.id}"]`).click();
    await page.locator('#story-documents li').nth(1).waitFor();
    assert.equal(await page.locator('#story-documents li').count(), 2);

    step('map: a marker at each of the dossier\'s places');
    const places = await api(url, `places?story=${story.id}&limit=1000`);
    assert.ok(places.features.length >= 5, `places: ${places.features.length}`);
    await page.waitForFunction(n => document.querySelectorAll('#map .leaflet-marker-icon').length === n, places.features.length);
    const markers = await page.evaluate(() => {
      const found = [];
      window.sitrepMap.eachLayer(layer => { if (layer.getLatLng && layer.options.title) found.push({ name: layer.options.title, ...layer.getLatLng() }); });
      return found;
    });
    for (const feature of places.features) {
      const [lon, lat] = feature.geometry.coordinates;
      const marker = markers.find(m => m.name === feature.properties.name);
      assert.ok(marker, `a marker for ${feature.properties.name}`);
      assert.ok(Math.abs(marker.lat - lat) < 1e-6 && Math.abs(marker.lng - lon) < 1e-6,
        `${feature.properties.name} at ${marker.lat},${marker.lng}, not ${lat},${lon}`);
    }
    const kilis = places.features.find(f => f.properties.name === 'Kilis');
    assert.ok(kilis, 'Kilis, named in both reports, is on the map');
    assert.ok(Math.abs(kilis.geometry.coordinates[1] - 36.7) < 0.2 && Math.abs(kilis.geometry.coordinates[0] - 37.1) < 0.2,
      `Kilis at ${kilis.geometry.coordinates}`);
    // the map opens on where the reports are (northern Syria), not on the world their passing mentions span
    assert.ok(await page.evaluate(([lat, lon]) => window.sitrepMap.getBounds().contains([lat, lon])
      && window.sitrepMap.getZoom() >= 4, [kilis.geometry.coordinates[1], kilis.geometry.coordinates[0]]),
      `the map opens around Kilis, zoom ${await page.evaluate(() => window.sitrepMap.getZoom())}`);
    await page.screenshot({ path: join(screenshots, 'story-1280x800.png') });

    step('figures table: filtered by measure, verdict and words');
    const claims = (await api(url, `claims?story=${story.id}&limit=1000`)).items;
    const figureRows = page.locator('#figures tr.figure');
    assert.equal(await figureRows.count(), claims.length);
    const measure = claims.find(c => c.measure === 'stranded')?.measure ?? claims[0].measure;
    await page.selectOption('#filter-measure', measure);
    assert.equal(await figureRows.count(), claims.filter(c => c.measure === measure).length);
    assert.deepEqual(await page.locator('#figures tbody').evaluateAll(b => b.map(x => x.dataset.measure)), [measure]);
    await page.selectOption('#filter-measure', '');
    const verdict = claims.find(c => c.verdict)?.verdict;
    await page.selectOption('#filter-verdict', verdict);
    assert.equal(await figureRows.count(), claims.filter(c => c.verdict === verdict).length);
    await page.selectOption('#filter-verdict', '');
    const matching = word => claims.filter(c => [c.asWritten, c.place, c.claimedBy, c.outlet, c.evidence.sentence]
      .join(' ').toLowerCase().includes(word.toLowerCase()));
    const word = claims.map(c => c.claimedBy).find(w => w && matching(w).length < claims.length);
    await page.fill('#filter-text', word);
    assert.equal(await figureRows.count(), matching(word).length);
    await page.fill('#filter-text', '');

    step('a figure, clicked, opens its article at the sentence, highlighted');
    const figure = claims.find(c => c.asWritten.includes('20,000')) ?? claims[0];
    await page.locator('#figures a', { hasText: figure.asWritten }).first().click();
    const mark = page.locator('#highlight');
    await mark.waitFor();
    assert.equal((await mark.textContent()).trim(), figure.evidence.sentence);
    assert.equal(await page.locator('#highlight strong').textContent(), figure.evidence.text);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'highlight');
    assert.ok(await mark.isVisible() && (await mark.boundingBox()).y < 800, 'the sentence is scrolled into view');
    await page.screenshot({ path: join(screenshots, 'figure-source-1280x800.png') });

    step('keyboard: a page focuses its content; Tab reaches the first report, focus visible; Enter opens it');
    await page.goto(`${url}#/story/${story.id}`);
    await page.locator('#figures tr.figure').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#story-documents') !== null), true);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
    await page.keyboard.press('Enter');
    await page.locator('#article').waitFor();

    step('search with facets, by keyboard');
    await page.focus('#search-q');
    await page.keyboard.type('Kilis');
    await page.keyboard.press('Enter');
    await page.locator('#results li').first().waitFor();
    const all = await api(url, 'search?q=Kilis&limit=50');
    assert.equal(await page.locator('#search-total').textContent().then(t => parseInt(t, 10)), all.total);
    const kind = all.facets.kind.find(c => c.count < all.total) ?? all.facets.kind[0];
    await page.locator('#facets a', { hasText: kind.value }).first().click();
    await page.waitForFunction(n => parseInt(document.getElementById('search-total').textContent, 10) === n, kind.count);
    assert.equal(await page.locator('#results li').count(), Math.min(50, kind.count));
    assert.deepEqual(all.facets.story.map(c => c.value), [story.id], 'the story facet counts the story of the hits');
    assert.equal(await page.locator('#facets a', { hasText: story.label }).count(), 1,
      'the story facet names the story by its label, not its id');

    step('phone width: readable, nothing wider than the screen');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}#/story/${story.id}`);
    await page.locator('#figures tr.figure').first().waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
      'the page does not scroll sideways at 390 px');
    await page.screenshot({ path: join(screenshots, 'story-390-phone.png'), fullPage: true });
    await page.locator('#figures-h').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'figures-390-phone.png') });
    assert.deepEqual(problems, [], 'no script errors or failed requests');
    step(`passed; screenshots in ${resolve(screenshots)}`);
  } finally {
    if (browser) await browser.close();
    server.kill('SIGTERM');
    await new Promise(ok => server.once('exit', ok));
    if (!kept) rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(`browser-test: FAILED: ${error.stack || error}`);
  process.exit(1);
});
