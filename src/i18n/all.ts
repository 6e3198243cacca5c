/**
 * Every built-in language at once, for servers and for pages that want no on-demand loading:
 * `import all from 'report-elements/i18n/all'; all.forEach((t) => registerTranslation(t));`.
 */
import type { Translation } from '../core/i18n.js';
import ar from './ar.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fa from './fa.js';
import fr from './fr.js';
import it from './it.js';
import pl from './pl.js';
import ro from './ro.js';
import ru from './ru.js';
import tr from './tr.js';
import uk from './uk.js';

const translations: readonly Translation[] = [ar, de, en, es, fa, fr, it, pl, ro, ru, tr, uk];

export default translations;
