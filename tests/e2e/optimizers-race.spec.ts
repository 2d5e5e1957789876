/**
 * Chapter 4's optimizer race (#race) in real Chromium: the shared start moved by the keys and by
 * a mouse drag, a learning rate moved on its log slider by the keys and by the mouse, a preset,
 * the timeline and its step panel, divergence explained, a shared link replaying the race, the
 * JSON and CSV exports, and nothing moving on its own under reduced motion. Every test asserts
 * what changed on screen; results come from the page's worker, so they are polled for.
 */
import { readFile } from 'node:fs/promises';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { op } from '../../chapters/optimizers.numbers';
import { centre, dragSlider, failOnConsoleMessages, gotoIsland, parseShown, watchConsole } from './helpers';

const PAGE = '/optimizers/';
/** The race runs in the page's worker, which a busy machine may be slow to get to. */
const WORKER = { timeout: 20_000 };

failOnConsoleMessages();

async function open(page: Page, query = ''): Promise<Locator> {
  await gotoIsland(page, `${PAGE}${query}#race`, 'OptimizerRaceWidget');
  const race = page.locator('section#race');
  await settled(race);
  return race;
}

const legend = (race: Locator) => race.getByTestId('race-legend');

/** Waits until the table shows the race for the current settings (not the previous one, dimmed). */
async function settled(race: Locator): Promise<void> {
  await expect(legend(race)).toHaveAttribute('data-fresh', 'true', WORKER);
  await expect(legend(race).locator('td').first()).not.toHaveText('…');
}

/** Every racer's final loss and arrival, as the table shows them: "sgd 2.28 not reached|…". */
async function results(race: Locator): Promise<string> {
  return legend(race)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-racer')} ${[...r.querySelectorAll('td')].map((c) => c.textContent).join(' ')}`).join('|'));
}

/** Polls until the table is fresh and differs from `before`; returns the new results. */
async function changedFrom(race: Locator, before: string): Promise<string> {
  await expect
    .poll(async () => (await legend(race).getAttribute('data-fresh')) === 'true' && (await results(race)) !== before, WORKER)
    .toBe(true);
  return results(race);
}

const finalOf = (race: Locator, name: string) => race.getByTestId(`race-final-${name}`);
const startOf = (race: Locator) => race.getByTestId('race-map').getAttribute('data-start');
const tuneGroup = (race: Locator) => race.getByRole('group', { name: 'Tune one optimizer' });


test('the contours are painted on their canvas: a dark valley floor at the minimum, bright walls', async ({ page }) => {
  const race = await open(page);
  const contours = race.getByRole('img', { name: /^Contours of Rosenbrock/ });
  // The valley floor (dark in viridis) at the minimum (1, 1), and a high wall (bright) at the top left.
  const pixels = () =>
    contours.evaluate((c) => {
      // Read from a copy made for reading: repeated reads of the widget's own canvas would make
      // Chromium warn (willReadFrequently) on the console, which these tests forbid.
      const canvas = c as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true });
      ctx?.drawImage(canvas, 0, 0);
      const at = (fx: number, fy: number) => Array.from(ctx?.getImageData(Math.floor(fx * copy.width), Math.floor(fy * copy.height), 1, 1).data ?? []);
      return { floor: at(0.75, 0.5), wall: at(0.05, 0.05) };
    });
  await expect.poll(async () => (await pixels()).floor[3]).toBeGreaterThan(0);
  const { floor, wall } = await pixels();
  const brightness = (p: number[]) => p[0] + p[1] + p[2];
  expect(brightness(wall)).toBeGreaterThan(brightness(floor) + 100);
});

/** How many of a canvas's pixels are each of `colours` (hex), within a few levels per channel. */
function colourCounts(canvas: Locator, colours: readonly string[]): Promise<number[]> {
  return canvas.evaluate((c, hexes) => {
    // A copy made for reading, as above.
    const src = c as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    if (!ctx) return hexes.map(() => 0);
    ctx.drawImage(src, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const rgb = hexes.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const counts = hexes.map(() => 0);
    for (let p = 0; p < data.length; p += 4) {
      if (data[p + 3] < 250) continue;
      rgb.forEach((q, k) => {
        if (Math.abs(data[p] - q[0]) + Math.abs(data[p + 1] - q[1]) + Math.abs(data[p + 2] - q[2]) < 30) counts[k]++;
      });
    }
    return counts;
  }, colours);
}

test('each racer\'s path and loss curve is drawn on its canvas in the racer\'s colour, and only the racers chosen', async ({ page }) => {
  // SGD alone (in the default race the others draw over its short path)
  const race = await open(page, '?race.momentum=0&race.rmsprop=0&race.adam=0');
  const colours = ['#0072B2', '#56B4E9', '#E69F00', '#CC79A7', '#D55E00']; // SGD, Nesterov, then three not racing
  for (const id of ['race-paths', 'race-loss-curves']) {
    const [sgd, ...rest] = await colourCounts(race.getByTestId(id), colours);
    expect(sgd, `${id}: SGD's colour`).toBeGreaterThan(20);
    expect(rest, `${id}: no other racer's colour`).toEqual([0, 0, 0, 0]);
  }
  // Nesterov joins: its colour appears on both canvases (drawn later, it may cover SGD's)
  await race.getByRole('button', { name: 'Nesterov', exact: true }).click();
  for (const id of ['race-paths', 'race-loss-curves']) {
    await expect.poll(async () => (await colourCounts(race.getByTestId(id), colours))[1], WORKER).toBeGreaterThan(20);
  }
});

test('the start point moved by the arrow keys reruns every racer from there', async ({ page }) => {
  const race = await open(page);
  const start = race.getByRole('slider', { name: 'Start point' });
  await expect(start).toHaveAttribute('aria-valuetext', 'x = −1.20, y = 1.00');
  const before = await results(race);
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  // one step of a tenth in each direction (the window's keyboard step)
  await expect(start).toHaveAttribute('aria-valuetext', 'x = −1.10, y = 0.90');
  expect(await startOf(race)).toBe('-1.1,0.9');
  const after = await changedFrom(race, before);
  // every racer's final loss moved, not only one
  const finals = (s: string) => s.split('|').map((row) => row.split(' ')[1]);
  const [a, b] = [finals(before), finals(after)];
  expect(b.length).toBe(4);
  for (let i = 0; i < a.length; i++) expect(b[i], `racer ${i}`).not.toBe(a[i]);
  // the screen reader's description of the map follows the start
  await expect(race.getByRole('figure').first()).toHaveAccessibleDescription(/from the start \(−1\.1, 0\.9\)/);
});

test('a mouse drag of the start point moves it and reruns the race', async ({ page }) => {
  const race = await open(page);
  const start = race.getByRole('slider', { name: 'Start point' });
  await start.scrollIntoViewIfNeeded();
  const before = await results(race);
  const where = await startOf(race);
  const drawnPaths = () => race.getByTestId('race-paths').evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  const paths = await drawnPaths();
  const from = await centre(start);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 10 });
  await page.mouse.up();
  // followed the mouse: 60 px right and 40 px down, within a few pixels
  const to = await centre(start);
  expect(Math.abs(to.x - from.x - 60)).toBeLessThan(4);
  expect(Math.abs(to.y - from.y - 40)).toBeLessThan(4);
  const [x0, y0] = (where ?? '').split(',').map(Number);
  const [x1, y1] = ((await startOf(race)) ?? '').split(',').map(Number);
  expect(x1).toBeGreaterThan(x0); // right is +x
  expect(y1).toBeLessThan(y0); // down is −y
  await changedFrom(race, before);
  // the paths' canvas was redrawn
  await expect.poll(drawnPaths).not.toBe(paths);
});

test('one racer\'s α on its log slider: Page Up multiplies it by √10, and only that racer\'s result changes', async ({ page }) => {
  const race = await open(page);
  const tune = tuneGroup(race);
  await tune.getByRole('combobox', { name: 'Tune' }).selectOption({ label: 'SGD' });
  const alpha = tune.getByRole('slider', { name: 'Learning rate α' });
  await expect(alpha).toHaveAttribute('aria-valuetext', '0.001');
  const sgd = (await finalOf(race, 'sgd').textContent()) ?? '';
  const others = await Promise.all(['momentum', 'rmsprop', 'adam'].map((n) => finalOf(race, n).textContent()));
  await alpha.focus();
  await page.keyboard.press('PageUp'); // a tenth of the track: half of the slider's five decades
  await expect(alpha).toHaveAttribute('aria-valuetext', String(Number((0.001 * Math.sqrt(10)).toPrecision(3))));
  await page.keyboard.press('ArrowRight'); // one of 1000 positions: ×10^(5/1000)
  await expect(alpha).toHaveAttribute('aria-valuetext', String(Number((0.001 * 10 ** 0.505).toPrecision(3))));
  await expect(legend(race)).toHaveAttribute('data-fresh', 'true', WORKER);
  await expect.poll(async () => (await finalOf(race, 'sgd').textContent()) ?? '', WORKER).not.toBe(sgd);
  await settled(race);
  // a larger α on the same valley: SGD gets further down
  expect(parseShown((await finalOf(race, 'sgd').textContent()) ?? '')).toBeLessThan(parseShown(sgd));
  expect(await Promise.all(['momentum', 'rmsprop', 'adam'].map((n) => finalOf(race, n).textContent()))).toEqual(others);
  // the step panel under the sliders uses the new α
  await expect(race.getByTestId('race-step')).toContainText('SGD’s step with the numbers');
  await expect(race.getByTestId('race-step')).toContainText('= 0.0032');
});

test('dragging an α slider\'s thumb with the mouse changes that racer\'s result', async ({ page }) => {
  const race = await open(page);
  const tune = tuneGroup(race);
  await tune.getByRole('combobox', { name: 'Tune' }).selectOption({ label: 'Momentum' });
  const alpha = tune.getByRole('slider', { name: 'Learning rate α' });
  const momentum = (await finalOf(race, 'momentum').textContent()) ?? '';
  // α = 0.001 sits at 20 % of a log track from 10⁻⁴ to 10; drag it to 10 %, near 3·10⁻⁴
  await dragSlider(page, alpha, 0.2, 0.1);
  const shown = parseShown((await alpha.getAttribute('aria-valuetext')) ?? '');
  expect(shown).toBeGreaterThan(2e-4);
  expect(shown).toBeLessThan(5e-4);
  await expect.poll(async () => (await finalOf(race, 'momentum').textContent()) ?? '', WORKER).not.toBe(momentum);
  await settled(race);
  // a smaller rate along the same valley: momentum ends higher
  expect(parseShown((await finalOf(race, 'momentum').textContent()) ?? '')).toBeGreaterThan(parseShown(momentum));
});

test('the "Long narrow valley" preset sets the surface and the racers; Nesterov arrives first, at the chapter\'s step', async ({ page }) => {
  const race = await open(page);
  await race.getByRole('button', { name: 'Long narrow valley' }).click();
  await expect(race.getByTestId('race-preset-note')).toContainText('A bowl 100 times steeper across than along');
  await expect(race.getByRole('combobox', { name: 'Surface' })).toHaveValue('quadratic');
  const racers = race.getByRole('group', { name: 'Racers' });
  for (const name of ['SGD', 'Momentum', 'Nesterov', 'Adam']) await expect(racers.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  for (const name of ['RMSProp', 'AdaGrad', 'Newton']) await expect(racers.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(legend(race).locator('tbody tr')).toHaveCount(4, WORKER);
  await settled(race);
  // the arrival column shows step numbers, the ones the chapter prints
  await expect(race.getByTestId('race-arrived-nesterov')).toHaveText(`step ${op.valley.nesterovArrives}`, WORKER);
  await expect(race.getByTestId('race-arrived-momentum')).toHaveText(`step ${op.valley.momentumText.replaceAll(',', '')}`);
  await expect(race.getByTestId('race-arrived-sgd')).toHaveText(`step ${op.valley.sgdArrives}`);
  const step = async (name: string) => Number(((await race.getByTestId(`race-arrived-${name}`).textContent()) ?? '').replace('step ', ''));
  expect(await step('nesterov')).toBeLessThan(await step('momentum'));
  expect(await step('momentum')).toBeLessThan(await step('sgd'));
  await expect(race.getByTestId('race-arrived-adam')).toHaveText(/^(step \d+|not reached)$/);
  // the map's title says which bowl
  await expect(race.getByRole('group', { name: /Quadratic bowl \(κ = 100, rotated 30°\)/ })).toBeVisible();
});

test('the timeline: Reset, Step and Play–Pause move the marks and the step panel', async ({ page }) => {
  const race = await open(page);
  const playback = race.getByRole('group', { name: 'Play the race' });
  const panel = race.getByTestId('race-step');
  const mark = race.locator('[data-racer-mark="adam"]');
  // opens on the whole run: the panel shows what the step after the last would be
  await expect(playback).toContainText('Step 500 of 500');
  await expect(panel).toContainText('The run ends after 500 steps');
  const atEnd = await mark.getAttribute('transform');
  await playback.getByRole('button', { name: 'Reset' }).click();
  await expect(playback).toContainText('Step 0 of 500');
  await expect(panel).toContainText('Step 0 → 1');
  // Adam's first step from the start (−1.20, 1.00)
  await expect(race.getByTestId('race-step-lines')).toContainText('w ← (−1.20, 1.00)');
  const atStart = await mark.getAttribute('transform');
  expect(atStart).not.toBe(atEnd);
  await playback.getByRole('button', { name: 'Step' }).click();
  await playback.getByRole('button', { name: 'Step' }).click();
  await expect(playback).toContainText('Step 2 of 500');
  await expect(panel).toContainText('Step 2 → 3');
  expect(await mark.getAttribute('transform')).not.toBe(atStart);
  await expect(race.getByRole('figure').first()).toHaveAccessibleDescription(/At step 2: SGD at \(/);

  // Play runs the clock on; Pause stops it wherever it is, and the panel shows that step
  await playback.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(((await playback.textContent()) ?? '').match(/Step (\d+) of/)?.[1])).toBeGreaterThan(5);
  await playback.getByRole('button', { name: 'Pause' }).click();
  await expect(playback.getByRole('button', { name: 'Play' })).toBeVisible();
  // read the counter and the panel together (a tick may land while the pause takes effect)
  const now = async () => Number(((await playback.textContent()) ?? '').match(/Step (\d+) of/)?.[1]);
  await expect.poll(async () => {
    const t = await now();
    return ((await panel.textContent()) ?? '').includes(`Step ${t} → ${t + 1}`) && (await now()) === t;
  }).toBe(true);
  const t = await now();
  expect(t).toBeGreaterThan(5);
  expect(t).toBeLessThan(500);
  await expect(race.getByRole('figure').first()).toHaveAccessibleDescription(new RegExp(`At step ${t}: `));
});

test('the timeline scrubs by keys and by mouse: the step panel, the marks and the loss plot\'s line follow', async ({ page }) => {
  const race = await open(page);
  const playback = race.getByRole('group', { name: 'Play the race' });
  const timeline = playback.getByRole('slider', { name: 'Timeline' });
  const panel = race.getByTestId('race-step');
  const mark = race.locator('[data-racer-mark="momentum"]');
  const stepLine = race.getByRole('group', { name: 'Loss above the minimum against step, log scale' }).locator('line[stroke-dasharray="3 3"]');
  await expect(timeline).toHaveAttribute('aria-valuetext', 'Step 500 of 500');
  const lineAtEnd = await stepLine.getAttribute('x1');
  await timeline.focus();
  await page.keyboard.press('Home');
  await expect(timeline).toHaveAttribute('aria-valuetext', 'Step 0 of 500');
  await expect(panel).toContainText('Step 0 → 1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(playback).toContainText('Step 3 of 500');
  await expect(panel).toContainText('Step 3 → 4');
  await expect(race.getByRole('figure').first()).toHaveAccessibleDescription(/At step 3: SGD at \(/);
  const markAt3 = await mark.getAttribute('transform');
  const lineAt3 = await stepLine.getAttribute('x1');
  expect(Number(lineAt3)).toBeLessThan(Number(lineAtEnd));

  // the mouse on the thumb (at 3/500 of the track), dragged to the middle of the run
  await dragSlider(page, timeline, 0.006, 0.5);
  const t = Number(((await playback.textContent()) ?? '').match(/Step (\d+) of/)?.[1]);
  expect(t).toBeGreaterThan(200);
  expect(t).toBeLessThan(300);
  await expect(panel).toContainText(`Step ${t} → ${t + 1}`);
  expect(await mark.getAttribute('transform')).not.toBe(markAt3);
  expect(Number(await stepLine.getAttribute('x1'))).toBeGreaterThan(Number(lineAt3));
  await page.keyboard.press('End');
  await expect(panel).toContainText('The run ends after 500 steps');
});

test('divergence: α = 10 from a link, and the reason in the table, on the map and in the step panel', async ({ page }) => {
  // the brief's own link: Rosenbrock, SGD's α at its maximum
  let race = await open(page, '?race.sgd_lr=10');
  await expect(race.getByTestId('race-diverged-sgd')).toContainText(/^Diverged at step \d+: /);
  await expect(race.locator('[data-divergence="sgd"]')).toContainText(/diverged at \d+/);
  // on the quadratic bowl the theory says why: α·λmax = 10·50 > 2
  race = await open(page, '?race.surface=quadratic&race.sgd_lr=10&race.momentum_lr=1');
  const sgd = race.getByTestId('race-diverged-sgd');
  await expect(sgd).toContainText(/^Diverged at step \d+: α·λmax = 500 > 2 \(/);
  await expect(race.getByTestId('race-diverged-momentum')).toContainText('α·λmax = 50 > 2(1 + β) = 3.8');
  await expect(race.getByTestId('race-diverged-adam')).toHaveCount(0);
  const step = Number(((await sgd.textContent()) ?? '').match(/step (\d+)/)?.[1]);
  await expect(race.locator('[data-divergence="sgd"]')).toContainText(`diverged at ${step}`);
  await expect(race.getByRole('figure').first()).toHaveAccessibleDescription(new RegExp(`SGD diverged at step ${step}: α·λmax = 500 > 2`));
  await tuneGroup(race).getByRole('combobox', { name: 'Tune' }).selectOption({ label: 'SGD' });
  // the timeline is at 500, past the blow-up: the panel names the last step the run has
  await expect(race.getByTestId('race-step')).toContainText(`SGD diverged at step ${step}: there is no step ${step} to show.`);
});

test('a shared link replays the same race', async ({ page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const race = await open(page);
  await race.getByRole('button', { name: 'Beale’s function' }).click();
  await settled(race);
  const tune = tuneGroup(race);
  await tune.getByRole('combobox', { name: 'Tune' }).selectOption({ label: 'RMSProp' });
  const alpha = tune.getByRole('slider', { name: 'Learning rate α' });
  await alpha.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const alphaText = (await alpha.getAttribute('aria-valuetext')) ?? '';
  expect(alphaText).not.toBe('0.01');
  const start = race.getByRole('slider', { name: 'Start point' });
  await start.focus();
  await page.keyboard.press('ArrowUp');
  await settled(race);
  await expect.poll(() => startOf(race)).not.toBe('1,1.5');
  const table = await results(race);
  const where = await startOf(race);
  await race.getByRole('button', { name: 'Share' }).click();
  await expect(race.getByText('Link copied')).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('race.surface=beale');
  expect(url).toContain('race.rmsprop_lr=');
  expect(url).toMatch(/#race$/);

  const other = await context.newPage();
  const otherMessages = watchConsole(other);
  const replay = await open(other, url.replace(/^https?:\/\/[^/]+\/optimizers\//, '').replace(/#race$/, ''));
  await expect(replay.getByRole('combobox', { name: 'Surface' })).toHaveValue('beale');
  expect(await startOf(replay)).toBe(where);
  await expect.poll(() => results(replay), WORKER).toBe(table);
  await tuneGroup(replay).getByRole('combobox', { name: 'Tune' }).selectOption({ label: 'RMSProp' });
  await expect(tuneGroup(replay).getByRole('slider', { name: 'Learning rate α' })).toHaveAttribute('aria-valuetext', alphaText);
  expect(otherMessages).toEqual([]);
});

test('the exports download the race on screen: JSON with every racer, CSV with a header row', async ({ page }) => {
  const race = await open(page);
  const rows = await results(race);
  const names = rows.split('|').map((r) => r.split(' ')[0]);
  expect(names).toEqual(['sgd', 'momentum', 'rmsprop', 'adam']);

  const [json] = await Promise.all([page.waitForEvent('download'), race.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(json.suggestedFilename()).toBe('optimizer-race.json');
  const run = JSON.parse(await readFile(await json.path(), 'utf8')) as {
    surface: string;
    start: number[];
    steps: number;
    racers: { optimizer: string; finalLoss: number; path: number[][]; losses: number[] }[];
  };
  expect(run.surface).toBe('Rosenbrock valley');
  expect(run.start).toEqual([-1.2, 1]);
  expect(run.racers.map((r) => r.optimizer)).toEqual(names);
  for (const r of run.racers) {
    expect(r.path).toHaveLength(run.steps + 1);
    expect(r.path[0]).toEqual([-1.2, 1]);
    // the file's final loss is the table's, to the table's three digits
    const shown = parseShown((await finalOf(race, r.optimizer).textContent()) ?? '');
    expect(Math.abs(r.finalLoss - shown) / shown, r.optimizer).toBeLessThan(0.005);
  }

  const [csv] = await Promise.all([page.waitForEvent('download'), race.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('optimizer-race.csv');
  const lines = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\n');
  // a header row: the step, then each racer's columns (x, y and loss at least), in the table's order
  const header = lines[0].split(',');
  expect(header[0]).toBe('step');
  const perRacer = (header.length - 1) / names.length;
  expect(Number.isInteger(perRacer)).toBe(true);
  names.forEach((n, i) => expect(header.slice(1 + i * perRacer, 4 + i * perRacer)).toEqual([`${n}_x`, `${n}_y`, `${n}_loss`]));
  // then one row per step, as many cells as the header; step 0 is the shared start
  expect(lines).toHaveLength(run.steps + 2);
  for (const line of [lines[1], lines.at(-1) ?? '']) expect(line.split(',')).toHaveLength(header.length);
  expect(lines[1].split(',').slice(0, 3).map(Number)).toEqual([0, -1.2, 1]);
  expect(Number(lines[1].split(',')[3])).toBe(run.racers[0].losses[0]);
});

test('under reduced motion nothing plays on load: the whole run is shown, still', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const race = await open(page);
  const playback = race.getByRole('group', { name: 'Play the race' });
  await expect(playback).toHaveAttribute('data-reduced-motion', '');
  await expect(playback).toContainText('Step 500 of 500');
  await expect(playback.getByRole('button', { name: 'Play' })).toBeVisible();
  const mark = await race.locator('[data-racer-mark="sgd"]').getAttribute('transform');
  // ten frames later (a clock at 30 steps a second would have moved): the same step, no animation
  await page.evaluate(() => new Promise<void>((done) => {
    let n = 0;
    const tick = () => (++n >= 10 ? done() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }));
  await expect(playback).toContainText('Step 500 of 500');
  await expect(playback.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  expect(await race.locator('[data-racer-mark="sgd"]').getAttribute('transform')).toBe(mark);
  expect(await race.evaluate((el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length)).toBe(0);
});
