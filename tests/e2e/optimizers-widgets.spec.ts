/**
 * Chapter 4's other five widgets in real Chromium: the momentum explorer (#momentum), adaptive
 * rates (#adaptive), schedules (#schedules), second order (#newton) and "Which optimizer?"
 * (#compare). Real controls are keyed, clicked and dragged, and what changed on screen is
 * asserted: the regime words and the divergence note, the sliders after a press on the phase
 * diagram, Adam's first steps with and without its bias correction, the rate curve's
 * description and the "times tighter" headline, Newton's one step on a quadratic, the Hessian's
 * memory for N weights, the comparison's progress and table. No console errors or warnings.
 */
import { type Locator, type Page, expect, test } from '@playwright/test';
import { op } from '../../chapters/optimizers.numbers';
import { formatBytes } from '../../src/widgets/secondorder/hessianCost';
import { centre, failOnConsoleMessages, gotoIsland, parseShown } from './helpers';

const PAGE = '/optimizers/';
/** Results from the page's one worker, which the other widgets' computations share. */
const WORKER = { timeout: 30_000 };

failOnConsoleMessages();

/** The widget's section (its id is also a heading's on this page: see the report). */
async function open(page: Page, id: string, island: string, query = ''): Promise<Locator> {
  await gotoIsland(page, `${PAGE}${query}#${id}`, island);
  return page.locator(`section#${id}`);
}


const valueText = async (slider: Locator) => parseShown((await slider.getAttribute('aria-valuetext')) ?? '');

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

// ---------------------------------------------------------------------------------------------
// Momentum explorer

test.describe('momentum explorer', () => {
  const open_ = (page: Page, query = '') => open(page, 'momentum', 'MomentumExplorerWidget', query);
  const regime = (w: Locator, d: 'slow' | 'fast') => w.getByTestId(`momentum-regime-${d}`);

  test('β keyed to each direction\'s critical value names it critically damped', async ({ page }) => {
    const w = await open_(page);
    await expect(regime(w, 'slow')).toHaveText('underdamped');
    await expect(regime(w, 'fast')).toHaveText('underdamped');
    // at α = 0.1 on κ = 25 the critical β = (1 − √(αλ))² is 0.4675 (slow, λ = 1) and 0.3377 (fast, λ = 25)
    const critical = (lambda: number) => Math.round(100 * (1 - Math.sqrt(0.1 * lambda)) ** 2);
    const beta = w.getByRole('slider', { name: 'Momentum β' });
    await beta.focus();
    await press(page, 'ArrowLeft', 90 - critical(1)); // 0.9 in steps of 0.01
    await expect(beta).toHaveAttribute('aria-valuetext', `0.${critical(1)}`);
    await expect(regime(w, 'slow')).toHaveText('critically damped');
    await expect(regime(w, 'fast')).toHaveText('underdamped');
    await expect(w.locator('div[data-direction="slow"]')).toContainText('A double root at');
    await press(page, 'ArrowLeft', critical(1) - critical(25));
    await expect(beta).toHaveAttribute('aria-valuetext', `0.${critical(25)}`);
    // the fast direction's double root is negative (αλ = 2.5 > 1): it flips sign but does not ring
    await expect(regime(w, 'fast')).toHaveText('critically damped, zig-zag');
    await expect(regime(w, 'slow')).toHaveText('overdamped'); // below its critical β
    // the live region says the same for a screen reader
    await expect(w.getByText(/^Regimes: slow direction: overdamped; fast direction: critically damped, zig-zag\.$/)).toBeAttached();
  });

  test('α keyed past 2(1 + β)/λmax diverges, says why, and comes back', async ({ page }) => {
    const w = await open_(page);
    const alpha = w.getByRole('slider', { name: 'Learning rate α' });
    await expect(w.getByTestId('momentum-divergence')).toHaveCount(0);
    // log slider over [0.001, 4] in 1000 positions; the limit at β = 0.9, λmax = 25 is 0.152
    const position = (a: number) => (1000 * Math.log(a / 0.001)) / Math.log(4000);
    const presses = Math.ceil(position((2 * 1.9) / 25)) - Math.round(position(0.1)) + 1;
    await alpha.focus();
    await press(page, 'ArrowRight', presses);
    expect(await valueText(alpha)).toBeGreaterThan(0.152);
    await expect(regime(w, 'fast')).toHaveText('diverging');
    await expect(regime(w, 'slow')).not.toHaveText('diverging');
    const note = w.getByTestId('momentum-divergence');
    await expect(note).toContainText(/^Diverged at step \d+ along the fast direction: α·λmax = 3\.\d+ > 2\(1 \+ β\) = 3\.8, so its error grows by 1\.\d+ per step\. The plots stop there\.$/);
    await expect(w.getByRole('group', { name: 'Play the run' })).toContainText(/stopped at \d+/);
    await press(page, 'ArrowLeft', 3);
    await expect(regime(w, 'fast')).toHaveText('underdamped');
    await expect(note).toHaveCount(0);
  });

  test('κ keyed to its end makes the fast direction diverge at the same α and β', async ({ page }) => {
    const w = await open_(page);
    const kappa = w.getByRole('slider', { name: 'Condition number κ' });
    await kappa.focus();
    await page.keyboard.press('End');
    await expect(kappa).toHaveAttribute('aria-valuetext', '100');
    await expect(regime(w, 'fast')).toHaveText('diverging');
    await expect(w.getByTestId('momentum-divergence')).toContainText('α·λmax = 10 > 2(1 + β) = 3.8');
    await expect(w.getByTestId('momentum-alpha-star')).toHaveText(String(Number((2 / (1 + 10)) ** 2).toPrecision(3)));
  });

  test('a press on the phase diagram sets α and β: on the α*, β* mark, the sliders read α*, β*', async ({ page }) => {
    const w = await open_(page);
    const alpha = w.getByRole('slider', { name: 'Learning rate α' });
    const beta = w.getByRole('slider', { name: 'Momentum β' });
    const marker = w.getByTestId('momentum-phase-marker');
    const best = w.getByTestId('momentum-optimal-mark').locator('path');
    await best.scrollIntoViewIfNeeded();
    const at = await centre(best);
    await page.mouse.click(at.x, at.y);
    // κ = 25: α* = (2/(1 + 5))² = 1/9, β* = (4/6)² = 4/9; a pixel is about 2 % of α and 0.004 of β
    await expect.poll(() => valueText(alpha)).not.toBe(0.1);
    expect(Math.abs((await valueText(alpha)) / (1 / 9) - 1)).toBeLessThan(0.05);
    expect(Math.abs((await valueText(beta)) - 4 / 9)).toBeLessThanOrEqual(0.011);
    const said = ((await marker.getAttribute('aria-valuetext')) ?? '').match(/^α = ([\d.]+), β = ([\d.]+)$/);
    expect(said?.slice(1).map(Number)).toEqual([await valueText(alpha), await valueText(beta)]);
    // the marker sits where the press was
    const ring = await centre(marker.locator('circle').last());
    expect(Math.hypot(ring.x - at.x, ring.y - at.y)).toBeLessThan(4);

    // a drag on the diagram moves α and β with it: right is larger α, down is smaller β
    const [a0, b0] = [await valueText(alpha), await valueText(beta)];
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 40, at.y + 30, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => valueText(alpha)).toBeGreaterThan(a0);
    expect(await valueText(beta)).toBeLessThan(b0);
  });

  test('"Use α*, β*" moves to the best pair, where both directions are critically damped', async ({ page }) => {
    const w = await open_(page);
    const use = w.getByRole('button', { name: 'Use α*, β*' });
    await use.focus();
    await page.keyboard.press('Enter');
    await expect(w.getByRole('slider', { name: 'Learning rate α' })).toHaveAttribute('aria-valuetext', '0.111');
    await expect(w.getByRole('slider', { name: 'Momentum β' })).toHaveAttribute('aria-valuetext', '0.44');
    await expect(regime(w, 'slow')).toContainText('critically damped');
    await expect(regime(w, 'fast')).toContainText('critically damped');
    await expect(use).toBeDisabled();
    const row = (id: string) => w.locator(`[data-row="${id}"] td`).allTextContents();
    const [here, best] = [await row('here'), await row('best')];
    expect(here.slice(0, 3)).toEqual(best.slice(0, 3)); // α, β, ρ
    // steps per tenfold: 5.68 for the exact pair, 5.69 for the state's α* kept to six digits
    // (at a double root ρ moves with the square root of the error; see the report)
    expect(Math.abs(Number(here[3]) - Number(best[3]))).toBeLessThanOrEqual(0.011);
    await expect(w.locator('[data-row="here"] td').nth(2)).toHaveText(String(Number((4 / 6).toPrecision(3)))); // ρ = √β* = 2/3
  });
});

// ---------------------------------------------------------------------------------------------
// Adaptive rates

test.describe('adaptive rates', () => {
  const open_ = (page: Page, query = '') => open(page, 'adaptive', 'AdaptiveRatesWidget', query);

  async function firstSteps(w: Locator): Promise<{ on: number; off: number }> {
    await expect(w.getByTestId('adaptive-results')).toHaveAttribute('data-status', 'done', WORKER);
    await expect(w.getByTestId('adaptive-bias-on-x-1')).not.toHaveText('…');
    return {
      on: parseShown((await w.getByTestId('adaptive-bias-on-x-1').textContent()) ?? ''),
      off: parseShown((await w.getByTestId('adaptive-bias-off-x-1').textContent()) ?? ''),
    };
  }

  test('Adam\'s first step: α with the bias correction, (1 − β₁)/√(1 − β₂)·α ≈ 3.16 α without; the switch says which one is drawn', async ({ page }) => {
    const w = await open_(page);
    const alpha = 0.05;
    const { on, off } = await firstSteps(w);
    expect(on).toBeCloseTo(alpha, 6);
    expect(off / alpha).toBeCloseTo(op.adaptive.firstOff, 2); // 3.16
    const bold = (id: string) => w.getByTestId(id).evaluate((el) => Number(getComputedStyle(el).fontWeight));
    expect(await bold('adaptive-bias-on-x-1')).toBeGreaterThan(600);
    expect(await bold('adaptive-bias-off-x-1')).toBeLessThan(500);
    const curve = w.getByTestId('adaptive-curve-adam').first();
    const drawn = await curve.getAttribute('d');
    const effX = (await w.getByTestId('adaptive-effx-adam').textContent()) ?? '';

    const bias = w.getByRole('switch', { name: 'Adam’s bias correction' });
    await bias.focus();
    await page.keyboard.press('Space');
    await expect(bias).not.toBeChecked();
    await expect(w.getByTestId('adaptive-bias-state')).toHaveText('The plots show Adam without bias correction (bold column).');
    // the bold column is now the uncorrected one, and the plots and the table show that Adam
    await expect.poll(() => bold('adaptive-bias-off-x-1')).toBeGreaterThan(600);
    expect(await bold('adaptive-bias-on-x-1')).toBeLessThan(500);
    await expect.poll(() => curve.getAttribute('d'), WORKER).not.toBe(drawn);
    await expect(w.getByTestId('adaptive-effx-adam')).not.toHaveText(effX);
    // both runs are kept: the first steps are the same numbers, the other way round in bold
    expect(await firstSteps(w)).toEqual({ on, off });
  });

  test('Adam\'s α keyed up: the first steps follow it, α and 3.16 α', async ({ page }) => {
    const w = await open_(page);
    const before = await firstSteps(w);
    const alpha = w.getByRole('slider', { name: 'Adam α' });
    await alpha.focus();
    await page.keyboard.press('PageUp'); // a tenth of a log track over [0.001, 0.5]
    const a = await valueText(alpha);
    expect(a).toBeCloseTo(0.05 * 500 ** 0.1, 3);
    await expect.poll(async () => (await firstSteps(w)).on, WORKER).not.toBe(before.on);
    const { on, off } = await firstSteps(w);
    expect(Math.abs(on / a - 1)).toBeLessThan(0.005);
    expect(Math.abs(off / a / op.adaptive.firstOff - 1)).toBeLessThan(0.005);
  });
});

// ---------------------------------------------------------------------------------------------
// Schedules

test.describe('schedules', () => {
  const open_ = (page: Page, query = '') => open(page, 'schedules', 'SchedulesWidget', query);
  const headline = (w: Locator) => w.getByTestId('schedules-comparison');
  const tighter = async (w: Locator) => parseShown(((await headline(w).textContent()) ?? '').match(/iterates are ([\d.,]+) times/)?.[1] ?? 'NaN');

  async function settled(w: Locator): Promise<void> {
    await expect(w.getByTestId('schedules-stats')).toHaveAttribute('data-status', 'done', WORKER);
    await expect(headline(w)).toBeVisible();
  }

  test('another kind of schedule redraws the rate curve, says so in words and changes the headline', async ({ page }) => {
    const w = await open_(page);
    await settled(w);
    const figure = w.getByRole('figure', { name: /The learning rate αₜ at each step/ });
    await expect(figure).toHaveAccessibleDescription(/Step decay schedule, over 800 steps: it starts at 0\.05 and ends at 0\.00135/);
    expect(await tighter(w)).toBe(Number(op.schedules.tighterText.replaceAll(',', '')));
    const curve = figure.getByRole('img', { name: 'Step decay' });
    const stepCurve = await curve.getAttribute('d');
    const before = (await headline(w).textContent()) ?? '';

    const kind = w.getByRole('combobox', { name: 'Schedule' });
    await kind.selectOption('cosine');
    await expect(figure).toHaveAccessibleDescription(/Cosine schedule, over 800 steps: it starts at 0\.05 and ends at 5 × 10⁻⁴ \(1% of α₀ = 0\.05\)/);
    await expect(figure.getByRole('img', { name: 'Cosine' })).not.toHaveAttribute('d', stepCurve ?? '');
    await expect(w.getByRole('slider', { name: 'Final rate ÷ α₀' })).toBeVisible();
    await expect(w.getByRole('slider', { name: 'Drop every' })).toHaveCount(0);
    await expect.poll(async () => (await headline(w).textContent()) ?? '', WORKER).not.toBe(before);
    await expect(w.getByRole('row', { name: /^Cosine/ })).toBeVisible();

    // warm-up: the curve rises first, and the description says where it peaks
    await kind.selectOption('warmup');
    await expect(figure).toHaveAccessibleDescription(/it starts at 0 , peaks at 0\.05 at step 50|it starts at 0, peaks at 0\.05 at step 50/);
  });

  test('the batch size keyed up changes the spreads and the "times tighter" number', async ({ page }) => {
    const w = await open_(page);
    await settled(w);
    const before = await tighter(w);
    const spreads = await w.getByTestId('schedules-spread-constant').textContent();
    const batch = w.getByRole('slider', { name: 'Batch size' });
    await batch.focus();
    await press(page, 'ArrowRight', 4); // 4 → 8
    await expect(batch).toHaveAttribute('aria-valuetext', '8');
    await expect.poll(() => w.getByTestId('schedules-spread-constant').textContent(), WORKER).not.toBe(spreads);
    await settled(w);
    await expect.poll(() => tighter(w), WORKER).not.toBe(before);
    // a larger batch: less noise, so the constant rate's cloud is smaller than before
    expect(parseShown((await w.getByTestId('schedules-spread-constant').textContent()) ?? '')).toBeLessThan(parseShown(spreads ?? ''));
  });
});

// ---------------------------------------------------------------------------------------------
// Second order

test.describe('second order', () => {
  const open_ = (page: Page, query = '') => open(page, 'newton', 'SecondOrderWidget', query);
  const row = (w: Locator, key: string) => w.locator(`[data-method="${key}"]`);

  test('on the rotated quadratic Newton lands in one step; on Rosenbrock it takes more', async ({ page }) => {
    const w = await open_(page);
    await expect(row(w, 'newton')).toContainText(`at the minimum after ${op.second.newtonStepsText} steps`, WORKER);
    await expect(row(w, 'lbfgs')).toContainText(`at the minimum after ${op.second.lbfgsStepsText} steps`);
    const paths = await w.getByRole('img', { name: 'Newton path', exact: true }).innerHTML();
    await w.getByRole('combobox', { name: 'Problem' }).selectOption('quadratic');
    await expect(row(w, 'newton')).toContainText('at the minimum after 1 step', WORKER);
    await expect(row(w, 'newton')).not.toContainText('after 1 steps');
    await expect(row(w, 'gd')).not.toContainText('after 1 step');
    await expect(w.getByRole('slider', { name: 'Condition number κ' })).toBeVisible();
    await expect(w.getByRole('group', { name: "Quadratic bowl with each method's path" })).toBeVisible();
    expect(await w.getByRole('img', { name: 'Newton path', exact: true }).innerHTML()).not.toBe(paths);
    await expect(w.getByRole('figure').first()).toHaveAccessibleDescription(/Newton: at the minimum after 1 step/);
  });

  test('the Hessian calculator: N keyed to 100,000 costs 80.0 GB; the ends of the slider', async ({ page }) => {
    const w = await open_(page);
    const n = w.getByRole('slider', { name: 'Weights N' });
    const memory = w.getByTestId('newton-hessian-bytes');
    await expect(n).toHaveAttribute('aria-valuetext', '11,935');
    await expect(memory).toHaveText('1.14 GB');
    await n.focus();
    // Page Up jumps a tenth of the log track (0.9 decades): 95,000 after rounding to two digits;
    // then three arrow presses reach exactly 100,000
    await page.keyboard.press('PageUp');
    await expect(n).toHaveAttribute('aria-valuetext', '95,000');
    await press(page, 'ArrowRight', 3);
    await expect(n).toHaveAttribute('aria-valuetext', '100,000');
    await expect(memory).toHaveText(`${op.second.challengeGigabytes.toFixed(1)} GB`); // 8·(10⁵)² bytes
    await expect(w.getByTestId('newton-lbfgs-bytes')).toHaveText(op.second.challengeLbfgsText);
    await page.keyboard.press('End');
    await expect(n).toHaveAttribute('aria-valuetext', '10,000,000,000');
    await expect(memory).toHaveText('800 EB');
    await page.keyboard.press('Home');
    await expect(n).toHaveAttribute('aria-valuetext', '10');
    await expect(memory).toHaveText('800 bytes');
  });

  test('the Hessian calculator: each arrow press moves N (it used to stick), and the costs follow', async ({ page }) => {
    // N is kept to two significant digits; a press that would round back to the same N moves it
    // one such step instead (it used to stick: from 11,935 both arrows gave 12,000, then nothing)
    const w = await open_(page);
    const n = w.getByRole('slider', { name: 'Weights N' });
    const memory = w.getByTestId('newton-hessian-bytes');
    await n.focus();
    const seen: string[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) {
      await page.keyboard.press(key);
      seen.push((await n.getAttribute('aria-valuetext')) ?? '');
    }
    expect(seen).toEqual(['12,000', '13,000', '14,000', '13,000']);
    await expect(memory).toHaveText(formatBytes(8 * 13_000 ** 2)); // 1.35 GB
    await expect(w.getByTestId('newton-lbfgs-bytes')).toHaveText(formatBytes(8 * 2 * 10 * 13_000));
    // and past a power of ten both ways: Page Up (0.9 decades) from 13,000 lands on 100,000,
    // then 110,000 (stuck before), 100,000, and 97,000 (the next position down, 97,051, rounded)
    await page.keyboard.press('PageUp');
    await expect(n).toHaveAttribute('aria-valuetext', '100,000');
    for (const [key, shown] of [['ArrowRight', '110,000'], ['ArrowLeft', '100,000'], ['ArrowLeft', '97,000']]) {
      await page.keyboard.press(key);
      await expect(n).toHaveAttribute('aria-valuetext', shown);
    }
    await expect(memory).toHaveText(formatBytes(8 * 97_000 ** 2));
  });
});

// ---------------------------------------------------------------------------------------------
// Which optimizer?

test.describe('which optimizer', () => {
  const open_ = (page: Page, query = '') => open(page, 'compare', 'WhichOptimizerWidget', query);
  const table = (w: Locator) => w.getByTestId('compare-table');
  const rowText = (w: Locator, name: string) => w.locator(`[data-optimizer="${name}"]`).textContent();

  async function finished(w: Locator, runs: number): Promise<void> {
    await expect(w.getByTestId('compare-progress')).toHaveText(`Trained ${runs} runs`, WORKER);
    await expect(table(w)).toHaveAttribute('data-fresh', 'true', WORKER);
  }

  test('the progress counts the runs as they finish, then the table fills in', async ({ page }) => {
    test.slow();
    // longer runs than the default, so the progress stays on screen long enough to watch
    const w = await open_(page, '?compare.steps=2500');
    const bar = w.getByRole('progressbar', { name: 'Training runs finished' });
    await expect(bar).toBeVisible(WORKER);
    await expect(w.getByTestId('compare-progress')).toHaveText(/^Training: \d+ of 25 runs$/);
    const first = Number(await bar.getAttribute('aria-valuenow'));
    await expect.poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 25), WORKER).toBeGreaterThan(first);
    await finished(w, 25);
    await expect(bar).toHaveCount(0);
    await expect(table(w).locator('caption')).toHaveText(/^Final losses after 2,?500 steps, median over 5 seeds \(smallest–largest beside it\)$/);
    await expect(table(w).locator('tbody tr')).toHaveCount(5);
    for (const name of ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam']) {
      await expect(w.getByTestId(`compare-validation-${name}`)).toHaveText(/^\d/);
      await expect(w.getByTestId(`compare-diverged-${name}`)).toHaveText(/^\d+ of 5$/);
    }
    await expect(table(w)).toContainText('lowest validation');
  });

  test('with the keyboard only: a learning rate reruns the comparison, a switched-on optimizer joins the table', async ({ page }) => {
    test.slow();
    const w = await open_(page);
    await finished(w, 25);
    const adam = await rowText(w, 'adam');
    const sgd = await rowText(w, 'sgd');
    const tune = w.getByRole('combobox', { name: 'Tune' });
    await expect(tune).toHaveValue('adam');
    const alpha = w.getByRole('slider', { name: 'Adam learning rate α' });
    await alpha.focus();
    await page.keyboard.press('PageUp'); // 0.01 × (3/10⁻⁴)^0.1 ≈ 0.028
    const a = await valueText(alpha);
    expect(a).toBeCloseTo(0.01 * 30000 ** 0.1, 3);
    await expect(table(w)).toHaveAttribute('data-fresh', 'false');
    await finished(w, 25);
    await expect.poll(() => rowText(w, 'adam'), WORKER).not.toBe(adam);
    await expect(w.locator('[data-optimizer="adam"] td').first()).toHaveText(a.toPrecision(3));
    // the other optimizers ran again with the same seeds and rates: the same numbers
    expect(await rowText(w, 'sgd')).toBe(sgd);

    // Nesterov switched on from the keyboard, and tuned through the select with the arrows
    const nesterov = w.getByRole('group', { name: 'Optimizers' }).getByRole('button', { name: 'Nesterov' });
    await nesterov.focus();
    await page.keyboard.press('Space');
    await expect(nesterov).toHaveAttribute('aria-pressed', 'true');
    await expect(w.getByTestId('compare-progress')).toHaveText('Trained 30 runs', WORKER);
    await expect(table(w).locator('tbody tr')).toHaveCount(6);
    await expect(w.getByTestId('compare-validation-nesterov')).toHaveText(/^\d/);
    await tune.focus();
    await page.keyboard.press('Home');
    await expect(tune).toHaveValue('sgd');
    await expect(w.getByRole('slider', { name: 'SGD learning rate α' })).toBeVisible();
  });

  test('the batch size moves with the arrow keys (a log slider of whole numbers moves a unit when a position rounds back)', async ({ page }) => {
    const w = await open_(page);
    const batch = w.getByRole('slider', { name: 'Batch size' });
    await expect(batch).toHaveAttribute('aria-valuetext', '32');
    await batch.focus();
    await press(page, 'ArrowRight', 3);
    await expect.poll(() => valueText(batch), { timeout: 2_000 }).toBeGreaterThan(32);
  });
});
