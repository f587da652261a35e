/**
 * `teamkit/autoloader.js`: registers teamkit elements as they appear on the page, loading only what it uses.
 *
 * ```html
 * <script type="module" src="…/teamkit/dist/autoloader.js" data-prefix="acme"></script>
 * ```
 * `data-prefix` (optional) registers `<acme-team-table>` and so on. From a bundle, import this module to start
 * with the default tags, or call `startAutoloader({ prefix })` from `teamkit` instead.
 */
import { startAutoloader } from './start-autoloader.js';

/** The `<script src>` that loaded this module, if it was loaded by one. */
const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((element) => element.src === import.meta.url);

startAutoloader({ prefix: script?.dataset.prefix || undefined });
