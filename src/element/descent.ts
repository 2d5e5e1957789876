/**
 * The custom element's module (built to dist/embed/descent.js: `npm run build`). Loading it
 * defines <descent-widget> and adds nothing else to the page's global scope.
 *
 *   <script type="module" src="https://descent.example/embed/descent.js"></script>
 *   <descent-widget name="optimizer-race" nesterov="1" caption="Which one wins?"></descent-widget>
 */
import 'katex/dist/katex.min.css';
import './element.css';
import { DescentWidget } from './DescentWidget';

if (!customElements.get('descent-widget')) customElements.define('descent-widget', DescentWidget);
