/**
 * The editor side of the five Report blocks, in plain JavaScript over WordPress's `wp.*` globals (no build step).
 *
 * Text is edited in plain text fields only (no RichText, so no HTML is stored). Every string in a block's `data`
 * attribute is stored HTML-escaped (`&amp;`, `&lt;`, `&gt;`): WordPress runs kses over block attribute strings
 * when a user without `unfiltered_html` saves, and kses leaves escaped text unchanged, so Authors and
 * Administrators store the same thing and the server decodes it exactly once (includes/data.php).
 *
 * The preview is the real element, loaded from the plugin's bundle into the editor's document (or its iframe).
 */
/* global DOMParser */
(function (wp, config) {
  'use strict';

  const el = wp.element.createElement;
  const { useState, useCallback } = wp.element;
  const { __, sprintf } = wp.i18n;
  const { registerBlockType, createBlock } = wp.blocks;
  const be = wp.blockEditor;
  const c = wp.components;
  const { useSelect, useDispatch } = wp.data;

  // ---------------------------------------------------------------------------------------------- Stored text

  const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
  const escapeText = (s) => s.replace(/[&<>]/g, (ch) => ENTITIES[ch]);
  const decodeText = (s) =>
    s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e) => {
      const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
      if (named) return named;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    });

  /** Applies `fn` to every string in a value. */
  const mapStrings = (value, fn) => {
    if (typeof value === 'string') return fn(value);
    if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
    if (value && typeof value === 'object') {
      const out = {};
      for (const key of Object.keys(value)) out[key] = mapStrings(value[key], fn);
      return out;
    }
    return value;
  };
  /** Report data → the `data` attribute as stored. */
  const encode = (data) => mapStrings(data, escapeText);
  /** The stored `data` attribute → report data. */
  const decode = (data) => mapStrings(data || {}, decodeText);

  /** Drops what was left empty (and the Media Library `id`), as the server does, for the preview. */
  const clean = (value, key) => {
    if (Array.isArray(value)) {
      return value.map((v) => clean(v)).filter((v) => !isEmpty(v));
    }
    if (value && typeof value === 'object') {
      const out = {};
      for (const k of Object.keys(value)) {
        if (k === 'id') continue;
        const v = clean(value[k], k);
        if (k === 'alt' || !isEmpty(v)) out[k] = v;
      }
      return out;
    }
    return typeof value === 'string' && key !== 'alt' ? value.trim() : value;
  };
  const isEmpty = (v) =>
    v === undefined ||
    v === null ||
    v === '' ||
    (Array.isArray(v) && !v.length) ||
    (typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length);

  // --------------------------------------------------------------------------------- Paragraphs as plain text

  /**
   * A paragraph of the report shape (a string, or runs with links) as plain text, links written `[text](url)`,
   * and back. Text in another language (`lang` runs) keeps its words; set the language on the block instead.
   */
  const paragraphToText = (p) =>
    typeof p === 'string'
      ? p
      : Array.isArray(p)
        ? p
            .map((run) => (typeof run === 'string' ? run : run.href ? `[${run.text}](${run.href})` : run.text || ''))
            .join('')
        : '';
  const textToParagraph = (text) => {
    const runs = [];
    let last = 0;
    for (const m of text.matchAll(/\[([^\]\n]+)\]\(([^)\s]+)\)/g)) {
      if (m.index > last) runs.push(text.slice(last, m.index));
      runs.push({ text: m[1], href: m[2] });
      last = m.index + m[0].length;
    }
    if (!runs.length) return text;
    if (last < text.length) runs.push(text.slice(last));
    return runs;
  };

  /** Inline HTML of a paragraph, for core/paragraph blocks made by an import. */
  const htmlEscape = (s) =>
    String(s).replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]);
  const paragraphToHtml = (p) =>
    typeof p === 'string'
      ? htmlEscape(p)
      : (p || [])
          .map((run) => {
            if (typeof run === 'string') return htmlEscape(run);
            const lang = run.lang ? ` lang="${htmlEscape(run.lang)}"` : '';
            if (run.href) return `<a href="${htmlEscape(run.href)}"${lang}>${htmlEscape(run.text)}</a>`;
            return lang ? `<span${lang}>${htmlEscape(run.text)}</span>` : htmlEscape(run.text);
          })
          .join('');

  /** The report paragraph of a core/paragraph's HTML (as the server does in includes/data.php). */
  const htmlToParagraph = (html) => {
    // DOMParser's document is inert: nothing in the markup loads or runs.
    const root = new DOMParser().parseFromString(`<body>${String(html || '')}`, 'text/html').body;
    const runs = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) runs.push(child.nodeValue);
        else if (child.nodeType === 1) {
          const href = child.localName === 'a' ? child.getAttribute('href') || '' : '';
          const lang = child.getAttribute('lang') || '';
          if (child.localName === 'br') runs.push(' ');
          else if (href || lang)
            runs.push(
              Object.assign(
                { text: child.textContent.replace(/\s+/g, ' ') },
                href ? { href } : {},
                lang ? { lang } : {},
              ),
            );
          else walk(child);
        }
      }
    };
    walk(root);
    const out = [];
    for (let run of runs) {
      if (typeof run === 'string') {
        run = run.replace(/\s+/g, ' ');
        if (typeof out[out.length - 1] === 'string') {
          out[out.length - 1] += run;
          continue;
        }
      }
      out.push(run);
    }
    if (typeof out[0] === 'string') out[0] = out[0].trimStart();
    if (typeof out[out.length - 1] === 'string') out[out.length - 1] = out[out.length - 1].trimEnd();
    const runsLeft = out.filter((r) => r !== '');
    if (!runsLeft.length) return '';
    return runsLeft.length === 1 && typeof runsLeft[0] === 'string' ? runsLeft[0] : runsLeft;
  };

  // --------------------------------------------------------------------------------------------- The preview

  /** Loads the bundle into the document that shows the block (the editor page or its iframe), once. */
  const ensureBundle = (doc) => {
    const win = doc && doc.defaultView;
    if (!win || win.customElements.get('report-article') || doc.querySelector('script[data-report-elements]')) return;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = config.bundle;
    script.dataset.reportElements = '';
    doc.head.appendChild(script);
  };

  /**
   * The real element, with the report-error messages of the data it shows. `data` is the report data; `attrs`
   * the element's attributes (heading-level, lang, …).
   */
  function usePreview(tag, data, attrs) {
    const json = JSON.stringify(clean(data) || {});
    const [errors, setErrors] = useState({ json: '', list: [] });
    const ref = useCallback(
      (node) => {
        if (!node) return;
        ensureBundle(node.ownerDocument);
        node.addEventListener('report-error', (event) => {
          event.preventDefault(); // shown in the sidebar instead of the console
          setErrors({ json, list: (event.detail && event.detail.errors) || [] });
        });
      },
      [json],
    );
    const preview = el(tag, Object.assign({ key: json, ref, 'data-report': json }, attrs));
    const list = errors.json === json ? errors.list : [];
    const notices = list.length
      ? el(
          be.InspectorControls,
          null,
          el(
            c.PanelBody,
            { title: __('Problems in the content', 'report-elements'), initialOpen: true },
            list.map((e, i) =>
              el(
                c.Notice,
                { key: i, status: 'error', isDismissible: false, className: 'report-elements-notice' },
                `${e.path || __('(whole block)', 'report-elements')}: ${e.message}`,
              ),
            ),
          ),
        )
      : null;
    return { preview, notices, errors: list };
  }

  /** Element attributes from the block's attributes. */
  const elementAttrs = (a) => {
    const out = {};
    if (a.headingLevel) out['heading-level'] = String(a.headingLevel);
    if (a.lang) out.lang = a.lang;
    for (const flag of ['thumbnails', 'fullscreen', 'priority']) if (a[flag]) out[flag] = '';
    return out;
  };

  // ------------------------------------------------------------------------------------------------ Fields

  /** A plain text field bound to `data[key]`. */
  const textField = (data, set, key, label, options = {}) =>
    el(options.multiline ? c.TextareaControl : c.TextControl, {
      key,
      label,
      help: options.help,
      type: options.type,
      value: data[key] == null ? '' : String(data[key]),
      onChange: (value) => set(key, value),
      className: 'report-elements-field',
    });

  /** A paragraph field (plain text; links as `[text](url)`). */
  const paragraphField = (value, onChange, label, key) =>
    el(c.TextareaControl, {
      key,
      label,
      help: __('Plain text. Links: [link text](https://…)', 'report-elements'),
      value: paragraphToText(value),
      onChange: (text) => onChange(textToParagraph(text)),
      className: 'report-elements-field',
    });

  /**
   * Paragraphs in one text area, separated by an empty line. While the field has focus it keeps the text as typed
   * (a paragraph being started ends in a newline); the data gets trimmed, non-empty paragraphs.
   */
  function ParagraphsField({ value, onChange }) {
    const [typed, setTyped] = useState(null);
    return el(c.TextareaControl, {
      label: __('Text', 'report-elements'),
      help: __('Plain text; an empty line starts a new paragraph. Links: [link text](https://…)', 'report-elements'),
      value: typed ?? value.map(paragraphToText).join('\n\n'),
      onChange: (text) => {
        setTyped(text);
        onChange(
          text
            .split(/\n[ \t]*\n/)
            .map((p) => p.trim())
            .filter(Boolean)
            .map(textToParagraph),
        );
      },
      onBlur: () => setTyped(null),
      className: 'report-elements-field',
    });
  }

  /** An image from the Media Library: alt, title, caption and credit taken from the attachment, editable. */
  function ImageField({ label, image, onChange, allowTitle }) {
    const img = image || {};
    const choose = (media) => {
      const next = {
        id: media.id,
        src: (media.sizes && media.sizes.large && media.sizes.large.url) || media.url,
        width: (media.sizes && media.sizes.large && media.sizes.large.width) || media.width,
        height: (media.sizes && media.sizes.large && media.sizes.large.height) || media.height,
        alt: media.alt || '',
        title: allowTitle ? media.title || '' : undefined,
        caption: typeof media.caption === 'string' ? media.caption : '',
      };
      onChange(next);
      // The credit is in the image's metadata (IPTC/EXIF), which only the REST API returns.
      wp.apiFetch({ path: `/wp/v2/media/${media.id}?_fields=media_details` })
        .then((r) => {
          const credit = r && r.media_details && r.media_details.image_meta && r.media_details.image_meta.credit;
          if (credit) onChange(Object.assign({}, next, { credit }));
        })
        .catch(() => {});
    };
    const field = (key, fieldLabel, help) =>
      el(c.TextControl, {
        key,
        label: fieldLabel,
        help,
        value: img[key] == null ? '' : String(img[key]),
        onChange: (value) => onChange(Object.assign({}, img, { [key]: value })),
        className: 'report-elements-field',
      });
    return el(
      'fieldset',
      { className: 'report-elements-image' },
      el('legend', null, label),
      img.src ? el('img', { src: img.src, alt: '', className: 'report-elements-thumb' }) : null,
      el(
        be.MediaUploadCheck,
        {
          fallback: img.src
            ? null
            : el('p', null, __('Only users who may upload files can choose images.', 'report-elements')),
        },
        el(be.MediaUpload, {
          allowedTypes: ['image'],
          value: img.id,
          onSelect: choose,
          render: ({ open }) =>
            el(
              c.Button,
              { variant: 'secondary', onClick: open },
              img.src ? __('Replace image', 'report-elements') : __('Choose image', 'report-elements'),
            ),
        }),
      ),
      img.src
        ? el(
            c.Button,
            { variant: 'tertiary', isDestructive: true, onClick: () => onChange(undefined) },
            __('Remove image', 'report-elements'),
          )
        : null,
      img.src
        ? [
            field(
              'alt',
              __('Alternative text', 'report-elements'),
              __('Describe the image; leave empty only if it is decorative.', 'report-elements'),
            ),
            allowTitle ? field('title', __('Title (shown in the lightbox)', 'report-elements')) : null,
            field('caption', __('Caption', 'report-elements')),
            field('credit', __('Credit', 'report-elements')),
          ]
        : null,
    );
  }

  /** The "Import JSON" panel: paste or choose a file (WordPress does not accept .json uploads). */
  function ImportPanel({ onImport }) {
    const [text, setText] = useState('');
    const [problem, setProblem] = useState('');
    const run = (source) => {
      try {
        const value = JSON.parse(source);
        if (!value || typeof value !== 'object' || Array.isArray(value))
          throw new Error(__('The JSON must be an object.', 'report-elements'));
        onImport(value);
        setProblem('');
        setText('');
      } catch (e) {
        setProblem(e.message);
      }
    };
    return el(
      c.PanelBody,
      { title: __('Import JSON', 'report-elements'), initialOpen: false },
      el(c.TextareaControl, {
        label: __('Paste report JSON', 'report-elements'),
        value: text,
        onChange: setText,
        rows: 6,
        className: 'report-elements-import',
      }),
      el(
        c.Button,
        { variant: 'primary', disabled: !text.trim(), onClick: () => run(text) },
        __('Import', 'report-elements'),
      ),
      ' ',
      el(c.FormFileUpload, {
        accept: '.json,application/json',
        onChange: (event) => {
          const file = event.target.files && event.target.files[0];
          if (file) file.text().then(run);
        },
        render: ({ openFileDialog }) =>
          el(c.Button, { variant: 'secondary', onClick: openFileDialog }, __('Choose a .json file', 'report-elements')),
      }),
      problem
        ? el(
            c.Notice,
            { status: 'error', isDismissible: false },
            sprintf(__('Not imported: %s', 'report-elements'), problem),
          )
        : null,
    );
  }

  /** Heading level and content language, shared by the blocks' sidebars; `options.first`: controls above them. */
  const settingsPanel = (attributes, setAttributes, options = {}) =>
    el(
      c.PanelBody,
      { title: __('Settings', 'report-elements') },
      options.first || null,
      options.headingLevel === false
        ? null
        : el(c.SelectControl, {
            label: __('Heading level', 'report-elements'),
            help: options.headingHelp,
            value: String(attributes.headingLevel || ''),
            options: [{ label: __('Default', 'report-elements'), value: '' }].concat(
              [1, 2, 3, 4, 5, 6].map((n) => ({ label: `H${n}`, value: String(n) })),
            ),
            onChange: (value) => setAttributes({ headingLevel: value ? Number(value) : undefined }),
          }),
      el(c.TextControl, {
        label: __('Content language', 'report-elements'),
        help: __('Only if the report is in another language than the site, e.g. "en" or "de".', 'report-elements'),
        value: attributes.lang || '',
        onChange: (lang) => setAttributes({ lang: lang.trim() }),
      }),
      (options.flags || []).map(([key, label]) =>
        el(c.ToggleControl, {
          key,
          label,
          checked: !!attributes[key],
          onChange: (value) => setAttributes({ [key]: value }),
        }),
      ),
    );

  // ------------------------------------------------------------------------------------------------ Blocks

  /** Report data of the block, and a setter for one field. */
  function useData(attributes, setAttributes) {
    const data = decode(attributes.data);
    const set = (key, value) => {
      const next = Object.assign({}, data, { [key]: value });
      if (value === undefined) delete next[key];
      setAttributes({ data: encode(next) });
    };
    const replace = (next) => setAttributes({ data: encode(next) });
    return { data, set, replace };
  }

  /** The shared frame: fields when selected, always the preview, and the sidebar. */
  function frame(props, tag, fields, sidebar, data) {
    const { attributes, isSelected } = props;
    const { preview, notices } = usePreview(tag, data, elementAttrs(attributes));
    const empty = isEmpty(clean(data));
    return el(
      'div',
      be.useBlockProps({ className: 'report-elements-block' }),
      el(be.InspectorControls, null, sidebar),
      notices,
      isSelected || empty ? el('div', { className: 'report-elements-form' }, fields) : null,
      empty ? null : el('div', { className: 'report-elements-preview' }, preview),
    );
  }

  const kinds = {};

  kinds.quote = {
    edit(props) {
      const { data, set, replace } = useData(props.attributes, props.setAttributes);
      const fields = [
        paragraphField(
          data.text,
          (v) => set('text', v),
          __('Quotation (without quotation marks)', 'report-elements'),
          'text',
        ),
        textField(data, set, 'author', __('Who said it', 'report-elements')),
        textField(data, set, 'role', __('Role or organisation', 'report-elements')),
        textField(data, set, 'cite', __('Source URL', 'report-elements'), { type: 'url' }),
        el(ImageField, {
          key: 'image',
          label: __('Portrait', 'report-elements'),
          image: data.image,
          onChange: (v) => set('image', v),
        }),
      ];
      return frame(
        props,
        'report-quote',
        fields,
        [
          settingsPanel(props.attributes, props.setAttributes, { headingLevel: false }),
          el(ImportPanel, { key: 'import', onImport: replace }),
        ],
        data,
      );
    },
  };

  kinds.teaser = {
    edit(props) {
      const { data, set, replace } = useData(props.attributes, props.setAttributes);
      const fields = [
        textField(data, set, 'kicker', __('Kicker', 'report-elements')),
        textField(data, set, 'title', __('Title', 'report-elements')),
        textField(data, set, 'href', __('Link (URL)', 'report-elements'), { type: 'url' }),
        textField(data, set, 'date', __('Date', 'report-elements'), { type: 'date' }),
        textField(data, set, 'summary', __('Summary', 'report-elements'), { multiline: true }),
        el(ImageField, {
          key: 'image',
          label: __('Image', 'report-elements'),
          image: data.image,
          onChange: (v) => set('image', v),
        }),
      ];
      const sidebar = [
        settingsPanel(props.attributes, props.setAttributes, {
          flags: [['priority', __('Load the image at once (teaser at the top of the page)', 'report-elements')]],
        }),
        el(ImportPanel, { key: 'import', onImport: replace }),
      ];
      return frame(props, 'report-teaser', fields, sidebar, data);
    },
  };

  kinds.infobox = {
    edit(props) {
      const { data, set, replace } = useData(props.attributes, props.setAttributes);
      const body = Array.isArray(data.body) ? data.body : [];
      const links = Array.isArray(data.links) ? data.links : [];
      const setLink = (i, key, value) =>
        set(
          'links',
          links.map((l, j) => (j === i ? Object.assign({}, l, { [key]: value }) : l)),
        );
      const fields = [
        textField(data, set, 'label', __('Label (e.g. "Background")', 'report-elements')),
        textField(data, set, 'title', __('Title', 'report-elements')),
        el(ParagraphsField, { key: 'body', value: body, onChange: (v) => set('body', v) }),
        el(
          'fieldset',
          { key: 'links', className: 'report-elements-links' },
          el('legend', null, __('Links', 'report-elements')),
          links.map((link, i) =>
            el(
              'div',
              { key: i, className: 'report-elements-link' },
              el(c.TextControl, {
                label: __('Link text', 'report-elements'),
                value: link.text || '',
                onChange: (v) => setLink(i, 'text', v),
              }),
              el(c.TextControl, {
                label: __('URL', 'report-elements'),
                type: 'url',
                value: link.href || '',
                onChange: (v) => setLink(i, 'href', v),
              }),
              el(
                c.Button,
                {
                  variant: 'tertiary',
                  isDestructive: true,
                  onClick: () =>
                    set(
                      'links',
                      links.filter((_, j) => j !== i),
                    ),
                },
                __('Remove link', 'report-elements'),
              ),
            ),
          ),
          el(
            c.Button,
            { variant: 'secondary', onClick: () => set('links', links.concat([{ text: '', href: '' }])) },
            __('Add link', 'report-elements'),
          ),
        ),
      ];
      return frame(
        props,
        'report-infobox',
        fields,
        [settingsPanel(props.attributes, props.setAttributes), el(ImportPanel, { key: 'import', onImport: replace })],
        data,
      );
    },
  };

  kinds.gallery = {
    edit(props) {
      const { data, set, replace } = useData(props.attributes, props.setAttributes);
      const images = Array.isArray(data.images) ? data.images : [];
      const setImage = (i, value) =>
        set('images', value ? images.map((img, j) => (j === i ? value : img)) : images.filter((_, j) => j !== i));
      const addMany = (media) => {
        const list = Array.isArray(media) ? media : [media];
        const chosen = list.map((m) => ({
          id: m.id,
          src: (m.sizes && m.sizes.large && m.sizes.large.url) || m.url,
          width: (m.sizes && m.sizes.large && m.sizes.large.width) || m.width,
          height: (m.sizes && m.sizes.large && m.sizes.large.height) || m.height,
          alt: m.alt || '',
          title: m.title || '',
          caption: typeof m.caption === 'string' ? m.caption : '',
        }));
        const next = images
          .filter((img) => !img.id || chosen.some((ch) => ch.id === img.id))
          .concat(chosen.filter((ch) => !images.some((img) => img.id === ch.id)));
        set('images', next);
        // Credits from the images' metadata.
        Promise.all(
          chosen.map((ch) => wp.apiFetch({ path: `/wp/v2/media/${ch.id}?_fields=id,media_details` }).catch(() => null)),
        ).then((rows) => {
          const credits = {};
          for (const r of rows)
            if (r && r.media_details && r.media_details.image_meta && r.media_details.image_meta.credit)
              credits[r.id] = r.media_details.image_meta.credit;
          if (Object.keys(credits).length)
            set(
              'images',
              next.map((img) =>
                credits[img.id] && !img.credit ? Object.assign({}, img, { credit: credits[img.id] }) : img,
              ),
            );
        });
      };
      const fields = [
        textField(data, set, 'title', __('Gallery title', 'report-elements')),
        el(
          be.MediaUploadCheck,
          { key: 'choose' },
          el(be.MediaUpload, {
            allowedTypes: ['image'],
            // Each click adds an image (no Ctrl/Shift needed).
            multiple: 'add',
            value: images.map((img) => img.id).filter(Boolean),
            onSelect: addMany,
            render: ({ open }) =>
              el(
                c.Button,
                { variant: 'secondary', onClick: open, className: 'report-elements-choose-images' },
                images.length ? __('Add or change images', 'report-elements') : __('Choose images', 'report-elements'),
              ),
          }),
        ),
        images.map((image, i) =>
          el(ImageField, {
            key: `${image.id || image.src}-${i}`,
            label: sprintf(__('Image %d', 'report-elements'), i + 1),
            image,
            allowTitle: true,
            onChange: (v) => setImage(i, v),
          }),
        ),
      ];
      const sidebar = [
        settingsPanel(props.attributes, props.setAttributes, {
          flags: [
            ['thumbnails', __('Thumbnail strip in the lightbox', 'report-elements')],
            ['fullscreen', __('Full-screen button in the lightbox', 'report-elements')],
          ],
        }),
        el(ImportPanel, { key: 'import', onImport: replace }),
      ];
      return frame(props, 'report-gallery', fields, sidebar, data);
    },
  };

  // The article: header fields, and its body as inner blocks.
  const ARTICLE_BODY = [
    'core/heading',
    'core/paragraph',
    'core/image',
    'report-elements/quote',
    'report-elements/gallery',
    'report-elements/infobox',
  ];

  /** Report blocks of the article's inner blocks (as the server does in includes/data.php). */
  const bodyOf = (innerBlocks) => {
    const blocks = [];
    for (const b of innerBlocks) {
      const a = b.attributes || {};
      const html =
        a.content == null
          ? ''
          : typeof a.content === 'string'
            ? a.content
            : a.content.toHTMLString
              ? a.content.toHTMLString()
              : String(a.content);
      if (b.name === 'core/heading') {
        const text = htmlToParagraph(html);
        const plain = typeof text === 'string' ? text : text.map((r) => (typeof r === 'string' ? r : r.text)).join('');
        if (plain) blocks.push({ type: 'heading', text: plain });
      } else if (b.name === 'core/paragraph') {
        const text = htmlToParagraph(html);
        if (text && text.length) blocks.push({ type: 'paragraph', text });
      } else if (b.name === 'core/image') {
        if (a.url) {
          const caption =
            a.caption == null ? '' : htmlToParagraph(typeof a.caption === 'string' ? a.caption : String(a.caption));
          blocks.push({
            type: 'image',
            src: a.url,
            alt: a.alt || '',
            width: a.width,
            height: a.height,
            caption: typeof caption === 'string' ? caption : '',
          });
        }
      } else if (/^report-elements\/(quote|gallery|infobox)$/.test(b.name)) {
        blocks.push(Object.assign({ type: b.name.split('/')[1] }, decode(a.data)));
      }
    }
    return blocks;
  };

  /** Inner blocks made from the report JSON's body. */
  const blocksOf = (body, headingLevel) =>
    (Array.isArray(body) ? body : [])
      .map((b) => {
        const { type, ...rest } = b || {};
        if (type === 'heading')
          return createBlock('core/heading', {
            level: Math.min(6, (headingLevel || 2) + 1),
            content: htmlEscape(rest.text || ''),
          });
        if (type === 'paragraph') return createBlock('core/paragraph', { content: paragraphToHtml(rest.text) });
        if (type === 'image')
          return createBlock('core/image', {
            url: rest.src,
            alt: rest.alt || '',
            caption: htmlEscape(rest.caption || ''),
          });
        if (type === 'quote' || type === 'gallery' || type === 'infobox')
          return createBlock(`report-elements/${type}`, { data: encode(rest) });
        return null;
      })
      .filter(Boolean);

  /** A title as text, whitespace collapsed: the post title is HTML (entities), the report's is text. */
  const titleText = (title, isHtml) =>
    String(
      (isHtml ? new DOMParser().parseFromString(`<body>${title || ''}`, 'text/html').body.textContent : title) || '',
    )
      .replace(/\s+/g, ' ')
      .trim();

  /**
   * Whether the article shows its own title: `showTitle` when set, else not where it is the post's title, which
   * the theme shows (as the server decides in includes/data.php), and the panel's toggle for it.
   */
  function useTitleChoice(attributes, setAttributes, title) {
    const postTitle = useSelect((select) => {
      const editor = select('core/editor');
      return editor && editor.getEditedPostAttribute ? editor.getEditedPostAttribute('title') : undefined;
    }, []);
    const chosen = typeof attributes.showTitle === 'boolean';
    const same = !!titleText(title) && titleText(postTitle, true) === titleText(title);
    const show = chosen ? attributes.showTitle : !same;
    const toggle = el(
      'div',
      { key: 'title', className: 'report-elements-title-choice' },
      el(c.ToggleControl, {
        label: __('Show the report title', 'report-elements'),
        checked: show,
        help: chosen
          ? __('Chosen here.', 'report-elements')
          : same
            ? __(
                'Off: it is the post title, which the theme shows above. The body’s headings move up one level.',
                'report-elements',
              )
            : __('On: the post has another title.', 'report-elements'),
        onChange: (value) => setAttributes({ showTitle: value }),
      }),
      chosen
        ? el(
            c.Button,
            { variant: 'link', onClick: () => setAttributes({ showTitle: undefined }) },
            __('Decide automatically', 'report-elements'),
          )
        : null,
    );
    // Without its title, the article is one level up (its body's headings where the title was) and the
    // title is hidden (assets/front.css), as on the page.
    const attrs = show
      ? {}
      : {
          'heading-level': String(Math.max(1, (attributes.headingLevel || 2) - 1)),
          // `class`: React before 19 passes `className` to a custom element as an attribute of that name.
          class: 'report-elements-no-title',
        };
    return { show, toggle, attrs };
  }

  kinds.article = {
    edit(props) {
      const { attributes, setAttributes, clientId } = props;
      const { data, set, replace } = useData(attributes, setAttributes);
      const [previewing, setPreviewing] = useState(false);
      const innerBlocks = useSelect((select) => select('core/block-editor').getBlocks(clientId), [clientId]);
      const { replaceInnerBlocks } = useDispatch('core/block-editor');
      const full = Object.assign({}, data, { blocks: bodyOf(innerBlocks || []) });
      const titleChoice = useTitleChoice(attributes, setAttributes, data.title);
      const { preview, notices } = usePreview(
        'report-article',
        full,
        Object.assign(elementAttrs(attributes), titleChoice.attrs),
      );
      const onImport = (json) => {
        const { blocks, ...head } = json;
        replace(head);
        replaceInnerBlocks(clientId, blocksOf(blocks, attributes.headingLevel), false);
      };
      const header = el(
        'div',
        { className: 'report-elements-form' },
        textField(data, set, 'kicker', __('Kicker', 'report-elements')),
        textField(data, set, 'title', __('Title', 'report-elements'), {
          help: titleChoice.show
            ? undefined
            : __('Not shown on the page (see Settings): the theme shows the post title.', 'report-elements'),
        }),
        textField(data, set, 'date', __('Date', 'report-elements'), { type: 'date' }),
        paragraphField(data.lead, (v) => set('lead', v), __('Lead paragraph', 'report-elements'), 'lead'),
        el(ImageField, {
          label: __('Main image', 'report-elements'),
          image: data.image,
          onChange: (v) => set('image', v),
        }),
        el(
          'p',
          { className: 'report-elements-hint' },
          __(
            'The body: add headings, paragraphs, images, Report quotes, galleries and infoboxes below.',
            'report-elements',
          ),
        ),
      );
      return el(
        'div',
        be.useBlockProps({ className: 'report-elements-block report-elements-article' }),
        el(
          be.BlockControls,
          null,
          el(
            c.ToolbarGroup,
            null,
            el(
              c.ToolbarButton,
              {
                isPressed: previewing,
                onClick: () => setPreviewing(!previewing),
                className: 'report-elements-preview-toggle',
              },
              previewing ? __('Edit report', 'report-elements') : __('Preview report', 'report-elements'),
            ),
          ),
        ),
        el(
          be.InspectorControls,
          null,
          settingsPanel(attributes, setAttributes, {
            first: titleChoice.toggle,
            headingHelp: __(
              'Level of the report title. Default H2: the theme shows the post title as H1.',
              'report-elements',
            ),
          }),
          el(ImportPanel, { onImport }),
        ),
        notices,
        // The element stays mounted while hidden, so its problems show in the sidebar in both modes.
        el('div', { className: 'report-elements-preview', hidden: !previewing }, preview),
        previewing ? null : header,
        el(
          'div',
          { className: 'report-elements-body', hidden: previewing },
          el(be.InnerBlocks, { allowedBlocks: ARTICLE_BODY, template: [['core/paragraph', {}]] }),
        ),
      );
    },
    save: () => el(be.InnerBlocks.Content),
  };

  for (const name of Object.keys(kinds)) {
    registerBlockType(`report-elements/${name}`, {
      edit: kinds[name].edit,
      save: kinds[name].save || (() => null),
    });
  }

  // Exposed for the tests and for other plugins: the stored-text helpers.
  window.reportElementsEditor = Object.assign(config, { encode, decode, blocksOf, bodyOf });
})(window.wp, window.reportElementsEditor || {});
