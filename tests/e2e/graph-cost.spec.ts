/**
 * Chapter 6's graph stepper and gradient-cost widgets on their embed pages, in Chromium: the
 * walk stepped by mouse, by keyboard and by a finger at 375 px, every number compared with what
 * the same code computes in Node (traceGraph, gradientCost: imported, never typed here); a typed
 * expression, a typo's message, a link's state; the cost widget's sliders by mouse and keyboard.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DIGIT_NETWORK, gradientCost } from '../../src/widgets/cost/costModel';
import { countText } from '../../src/widgets/cost/costText';
import { totalSteps, traceGraph, type GraphTrace } from '../../src/widgets/graph/graphModel';
import { PRESETS } from '../../src/widgets/graph/graphPresets';
import { num } from '../../src/widgets/graph/graphRules';
import { dragSlider, failOnConsoleMessages, gotoIsland } from './helpers';

failOnConsoleMessages();

async function openGraph(page: Page, query = ''): Promise<Locator> {
  await gotoIsland(page, `/embed/graph-stepper/${query}`, 'GraphStepperWidget');
  return page.locator('section#graph');
}

function traced(text: string, values: number[]): GraphTrace {
  const r = traceGraph(text, values);
  if (!r.ok) throw new Error(r.error);
  return r.trace;
}

/** The gradients table once the walk is complete, against Node's trace. */
async function expectGradients(w: Locator, t: GraphTrace): Promise<void> {
  for (const c of t.checks) {
    await expect(w.getByTestId(`graph-grad-${c.name}`)).toHaveText(num(c.backprop));
    await expect(w.getByTestId(`graph-numerical-${c.name}`)).toHaveText(num(c.numerical));
  }
}

test.describe('the graph stepper', () => {
  test('x·y + z by mouse: forward fills values, backward fills gradients, each rule named', async ({ page }) => {
    const w = await openGraph(page);
    const t = traced(PRESETS.product.text, [...PRESETS.product.values]);
    const caption = w.getByTestId('graph-caption');
    await expect(caption).toContainText(`The graph has ${t.nodes.length} nodes`);
    await expect(w.getByTestId('graph-grad-x')).toHaveText('…');
    const next = w.getByRole('button', { name: 'Next step' });
    for (let k = 0; k < t.nodes.length; k++) await next.click();
    await expect(caption).toContainText(`The output is f = ${num(t.output)}`);
    await expect(w.getByTestId('graph-node-n1')).toContainText(num(t.nodes.find((n) => n.name === 'n1')?.value ?? NaN));
    await next.click();
    await expect(caption).toContainText('Start at the output');
    await next.click();
    await expect(caption).toContainText('Add hands the gradient on');
    await next.click();
    await expect(caption).toContainText(t.frames[2].detail);
    await expect(caption).toContainText('Backward pass complete');
    await expect(next).toBeDisabled();
    await expectGradients(w, t);
    await w.getByRole('button', { name: 'Back one step' }).click();
    await expect(w.getByTestId('graph-grad-x')).toHaveText('…');
  });

  test('by keyboard: the step slider, the preset select, End and Home', async ({ page }) => {
    const w = await openGraph(page);
    const step = w.getByRole('slider', { name: 'Step' });
    await step.focus();
    await page.keyboard.press('End');
    await expect(w.getByTestId('graph-caption')).toContainText('Backward pass complete');
    await page.keyboard.press('Home');
    await expect(w.getByTestId('graph-caption')).toContainText('Nothing computed yet');
    await w.getByRole('combobox', { name: 'Graph' }).selectOption('gates');
    const t = traced(PRESETS.gates.text, [...PRESETS.gates.values]);
    await step.focus();
    await page.keyboard.press('End');
    await expectGradients(w, t);
    await expect(w.getByTestId('graph-grad-w')).toHaveText('0');
    // a value typed in changes the walk: z below w sends the gradient to w instead
    await w.getByTestId('graph-value-z').fill('-3');
    const after = traced(PRESETS.gates.text, [3, -4, -3, -1]);
    await expectGradients(w, after);
    await expect(w.getByTestId('graph-grad-z')).toHaveText('0');
  });

  test('a typed expression: a typo is named, a valid one is walked, and nothing is evaluated as code', async ({ page }) => {
    const w = await openGraph(page);
    await w.getByRole('combobox', { name: 'Graph' }).selectOption('custom');
    const box = w.getByRole('textbox');
    await expect(box).toHaveValue(PRESETS.product.text);
    await box.fill('x*x + ');
    await expect(w.getByTestId('graph-error')).toContainText("expected a number, a name or '('");
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await box.fill('alert(1)');
    await expect(w.getByTestId('graph-error')).toContainText('alert');
    await box.fill('x*x + log(x)'); // at x = −2, the preset's first value: log of a negative number
    await expect(w.getByTestId('graph-error')).toContainText('f is NaN at these values');
    await w.getByTestId('graph-value-x').fill('2');
    await w.getByRole('button', { name: 'To the end' }).click();
    await expectGradients(w, traced('x*x + log(x)', [2]));
    await expect(w.getByTestId('graph-caption')).toContainText('x is both inputs, so it gets both shares');
  });

  test('a link opens the walk where it was shared', async ({ page }) => {
    const w = await openGraph(page, `?graph.graph=neuron&graph.values=${PRESETS.neuron.values.join(',')}&graph.step=6`);
    const t = traced(PRESETS.neuron.text, [...PRESETS.neuron.values]);
    await expect(w.getByRole('slider', { name: 'Step' })).toHaveAttribute('aria-valuetext', `6 of ${totalSteps(t)}`);
    await expect(w.getByTestId('graph-caption')).toContainText(`Forward pass, node 6 of ${t.nodes.length}`);
  });

  test.describe('on a 375 px touch screen', () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

    test('the two-layer network is stepped by taps, and its wide graph scrolls in its own box', async ({ page }) => {
      const w = await openGraph(page, `?graph.graph=network&graph.values=${PRESETS.network.values.join(',')}`);
      const t = traced(PRESETS.network.text, [...PRESETS.network.values]);
      await w.getByRole('button', { name: 'To the end' }).tap();
      await expectGradients(w, t);
      await w.getByRole('button', { name: 'Back one step' }).tap();
      await expect(w.getByTestId('graph-grad-x')).toHaveText('…');
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
      const scroller = w.getByRole('region', { name: 'The computational graph' });
      expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    });
  });
});

test.describe('the gradient cost', () => {
  const open = async (page: Page, query = '') => {
    await gotoIsland(page, `/embed/gradient-cost/${query}`, 'GradientCostWidget');
    return page.locator('section#cost');
  };

  test('the digit network by default; a wider layer by mouse, more layers by keyboard', async ({ page }) => {
    const w = await open(page);
    const digits = gradientCost(DIGIT_NETWORK);
    await expect(w.getByTestId('cost-parameters')).toHaveText(countText(digits.parameters));
    await expect(w.getByTestId('cost-ratio')).toContainText(countText(digits.ratio));
    await dragSlider(page, w.getByRole('slider', { name: 'Hidden units per layer' }), 0.4, 0.8);
    const width = Number(await w.getByRole('slider', { name: 'Hidden units per layer' }).getAttribute('aria-valuetext'));
    expect(width).toBeGreaterThan(15);
    await expect(w.getByTestId('cost-ratio')).toContainText(countText(gradientCost({ ...DIGIT_NETWORK, hidden: [width] }).ratio));
    const layers = w.getByRole('slider', { name: 'Hidden layers' });
    await layers.focus();
    await page.keyboard.press('End');
    await expect(w.getByTestId('cost-shape')).toHaveText(`Network 784–${Array(6).fill(width).join('–')}–10`);
    await expect(w.getByTestId('cost-parameters')).toHaveText(countText(gradientCost({ ...DIGIT_NETWORK, hidden: Array(6).fill(width) }).parameters));
    await w.getByRole('button', { name: 'The digit network' }).click();
    await expect(w.getByTestId('cost-ratio')).toContainText(countText(digits.ratio));
  });

  test.describe('on a 375 px touch screen', () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

    test('a tap on the outputs slider changes the count, and nothing is wider than the screen', async ({ page }) => {
      const w = await open(page, '?cost.outputs=2');
      await expect(w.getByTestId('cost-shape')).toHaveText('Network 784–15–2');
      const outputs = w.getByRole('slider', { name: 'Outputs' });
      const box = await outputs.boundingBox();
      if (!box) throw new Error('no slider box');
      await page.touchscreen.tap(box.x + box.width - 4, box.y + box.height / 2);
      await expect(w.getByTestId('cost-shape')).toHaveText('Network 784–15–10 (the digit network)');
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
    });
  });
});
