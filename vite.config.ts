import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig } from 'vitest/config';
import { basePath, siteOrigin } from './scripts/lib/base.ts';
import { chapterFrontmatter } from './scripts/vite/chapterFrontmatter.ts';
import { elementStyles } from './scripts/vite/elementStyles.ts';
import { precomputedNumbers } from './scripts/vite/precomputedNumbers.ts';
import { rehypeExportHeadings } from './src/site/mdx/rehypeExportHeadings.ts';
import { remarkNoTypedChapterRefs } from './src/site/mdx/remarkNoTypedChapterRefs.ts';
import { rehypeScrollingMath } from './src/site/mdx/rehypeScrollingMath.ts';

// Client build writes the static site to dist/ (with a manifest the prerender script reads);
// the SSR build of the same app goes to dist/.server, is used once by scripts/prerender.ts
// and then deleted, so it never ships. DESCENT_OUT moves both (parallel builds; see README).
const CLIENT_ENTRY = 'src/site/entry-client.tsx';
const OUT_DIR = process.env.DESCENT_OUT ?? 'dist';
const SERVER_OUT_DIR = `${OUT_DIR}/.server`;
const QUIET = { bundlerTimings: false } as const;

// `vite build --mode element`: the custom element, dist/embed/descent.js, an ES module a page of
// any origin loads. Everything it loads is found relative to it (base './'): its stylesheet
// descent.css (every widget's CSS in one), its fonts' (descent-fonts.css, see elementStyles.ts),
// and the widgets and the worker as files under embed/element/, each loaded when a page uses it.
// No module-preload helper: it would add <link> tags to the host page's head.
const ELEMENT_BUILD = {
  outDir: `${OUT_DIR}/embed`,
  emptyOutDir: false,
  copyPublicDir: false,
  cssCodeSplit: false,
  modulePreload: false as const,
  assetsInlineLimit: 0,
  rolldownOptions: {
    input: 'src/element/descent.ts',
    preserveEntrySignatures: 'strict' as const,
    output: {
      entryFileNames: 'descent.js',
      chunkFileNames: 'element/[name]-[hash].js',
      assetFileNames: (asset: { names: string[] }) => (asset.names.some((n) => n.endsWith('.css')) ? 'descent.css' : 'element/[name]-[hash][extname]'),
    },
    checks: QUIET,
  },
};

export default defineConfig(({ isSsrBuild, mode }) => ({
  // The folder the site is served from (README: "Deploying"); every URL Vite writes starts here.
  base: mode === 'element' ? './' : basePath(process.env.DESCENT_BASE),
  // Its public origin, for absolute URLs in what teachers copy (src/site/sitePath.ts).
  define: { 'import.meta.env.DESCENT_ORIGIN': JSON.stringify(siteOrigin(process.env.DESCENT_ORIGIN)) },
  plugins: [
    chapterFrontmatter(),
    precomputedNumbers(),
    elementStyles(),
    {
      // MDX must become JSX before the React plugin sees it.
      enforce: 'pre',
      ...mdx({
        providerImportSource: '@mdx-js/react',
        remarkPlugins: [remarkGfm, remarkMath, remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkNoTypedChapterRefs],
        // Headings are collected after slugs exist and before KaTeX turns inline math into
        // two copies of its text (MathML + HTML), so contents entries read cleanly.
        // KaTeX runs here, at build time: readers get its CSS and fonts, never its JS. Then
        // each display equation goes in a box that scrolls sideways on a phone.
        rehypePlugins: [rehypeSlug, rehypeExportHeadings, rehypeKatex, rehypeScrollingMath],
      }),
    },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
  ],
  // No plugin-timing report: the MDX compile and the chapters' numbers (evaluated in Node) are
  // the build's real work, and a block of timings on every `npm test` buries what matters.
  // A classic worker script, so a page of another origin (or an opaque one: a sandboxed embed)
  // can start it from a blob with importScripts (src/worker/startWorker.ts).
  worker: { format: 'iife' },
  build: mode === 'element'
    ? ELEMENT_BUILD
    : isSsrBuild
    ? { outDir: SERVER_OUT_DIR, emptyOutDir: true, copyPublicDir: false, rolldownOptions: { checks: QUIET } }
    : {
        outDir: OUT_DIR,
        emptyOutDir: true,
        manifest: true,
        // Fonts stay files, never data: URLs in the CSS: a host's CSP with font-src 'self' (and no
        // data:) would refuse an inlined one (KaTeX's smallest font is under Vite's 4 kB limit).
        assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
        rolldownOptions: { input: CLIENT_ENTRY, checks: QUIET },
      },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx', 'src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/standardsMode.ts'],
  },
}));
