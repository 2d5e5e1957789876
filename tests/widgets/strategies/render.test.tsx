// Server rendering (no DOM): both widgets prerender; the step-size table is in the HTML itself.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StepSizeWidget } from '../../../src/widgets/strategies/StepSizeWidget';
import { StrategyRaceWidget } from '../../../src/widgets/strategies/StrategyRaceWidget';
import { stepSizeTable } from '../../../src/widgets/strategies/stepSizeTable';

describe('server rendering', () => {
  it('prints the step-size table with one row per step size and the best one marked', () => {
    const html = renderToString(<StepSizeWidget />);
    expect(typeof document).toBe('undefined');
    const rows = html.match(/data-exponent="-?\d+"/g) ?? [];
    expect(rows.length).toBe(13);
    const t = stepSizeTable('svm', 1);
    expect(html).toContain(`data-exponent="${t.rows[t.best].exponent}"`);
    expect(html.match(/> best</g)?.length).toBe(1);
    expect(html).toContain(t.startLoss.toFixed(4));
    // the screen-reader description says it in numbers
    expect(html).toContain(`The lowest loss, ${t.rows[t.best].loss.toFixed(4)}, is at s = 1.`);
    expect(html).toContain('Up to s = 0.1 the loss changes by the first-order prediction to within 1%.');
  });

  it('renders the race before the worker answers, with its controls', () => {
    const html = renderToString(<StrategyRaceWidget />);
    expect(html).toContain('Computing the race…');
    expect(html).toContain('Budget (loss evaluations)');
    expect(html).toContain('2 evaluations (backprop)');
    expect(html).toContain('id="race"');
  });
});
