/** Command line of `npm run bench:ui`. */

/**
 * The race with all eight first-order optimizers on (its default runs four): the target,
 * 8 optimizers × 500 steps on the 128 × 128 contour background.
 */
export const RACE_ALL_EIGHT = '/optimizers/?race.nesterov=1&race.adagrad=1&race.adadelta=1&race.adamw=1';

export const ALL_PAGES = ['/', '/linear-regression/', '/loss-surfaces/', '/gradient-descent/', '/optimizers/', RACE_ALL_EIGHT, '/generalization/', '/backpropagation/'] as const;

export interface Options {
  readonly pages: readonly string[];
  /** Only this widget's controls (its section id). */
  readonly widget: string | null;
  /** Fewer moves and presses, one control per widget. */
  readonly quick: boolean;
  readonly load: boolean;
  readonly drag: boolean;
  readonly out: string | null;
  /** Cold throttled loads per page; timings are their medians. */
  readonly loads: number;
}

const USAGE = 'usage: npm run bench:ui -- [--page /loss-surfaces/ | --page "/optimizers/?race.adamw=1"] [--widget explorer] [--quick] [--no-load] [--no-drag] [--loads 3] [--out file.json]';

/**
 * The widget a page's query sets state for ("race" for ?race.adamw=1): such a page is a variant
 * of a page already measured, so only that widget is driven and its load is not timed again.
 */
export function stateWidget(page: string): string | null {
  const query = page.split('?')[1];
  if (query === undefined) return null;
  const key = new URLSearchParams(query).keys().next().value;
  return key === undefined ? null : key.split('.')[0];
}

/** A leading and trailing slash on the path; a query (a widget's state) is kept as given. */
function normalizePage(p: string): string {
  const [path, query] = p.split(/\?(.*)/s, 2);
  const withLead = path.startsWith('/') ? path : `/${path}`;
  const withTrail = withLead.endsWith('/') ? withLead : `${withLead}/`;
  return query === undefined ? withTrail : `${withTrail}?${query}`;
}

export function parseArgs(argv: readonly string[]): Options {
  const pages: string[] = [];
  let widget: string | null = null;
  let quick = false;
  let load = true;
  let drag = true;
  let out: string | null = null;
  let loads = 3;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--page') pages.push(normalizePage(value()));
    else if (a === '--widget') widget = value();
    else if (a === '--quick') quick = true;
    else if (a === '--no-load') load = false;
    else if (a === '--no-drag') drag = false;
    else if (a === '--out') out = value();
    else if (a === '--loads') {
      loads = Number(value());
      if (!Number.isInteger(loads) || loads < 1) throw new Error(`--loads takes a whole number ≥ 1, got ${argv[i]}\n${USAGE}`);
    }
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return { pages: pages.length > 0 ? pages : [...ALL_PAGES], widget, quick, load, drag, out, loads: quick ? 1 : loads };
}
