/**
 * Cleans HTML pasted from Word/WPS or a web page before the editor parses it, and says what was dropped:
 * scripts and embedded objects, images that are remote, oversized or not what their type says. The
 * editor's schema then keeps only what it knows (headings, lists, tables, bold/italic…), so nothing
 * from a paste reaches the page outside the schema; this pass exists to *tell* the user.
 */
import { checkImageDataUrl } from '../../../../shared/report/image-check';
import { MAX_IMAGE_BYTES } from './nodes/CaptionedImage';

export interface PasteDropped {
  scripts: number;
  remoteImages: number;
  bigImages: number;
  badImages: number;
  objects: number;
  /** Word's own styling (fonts, colours, mso-*), which the report's styles replace. */
  styles: boolean;
}

const SCRIPTY = 'script, noscript, template';
const OBJECTS =
  'iframe, object, embed, applet, frame, frameset, form, input, button, select, textarea, video, audio, canvas, svg, math';
const META = 'style, link, meta, base, title, xml, head';

export function cleanPastedHtml(
  html: string,
  parser: DOMParser = new DOMParser(),
): { html: string; dropped: PasteDropped } {
  // Word's conditional comments (<!--[if gte mso 9]>…) hold XML and VML shapes, never content.
  const doc = parser.parseFromString(html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, ''), 'text/html');
  const dropped: PasteDropped = {
    scripts: 0,
    remoteImages: 0,
    bigImages: 0,
    badImages: 0,
    objects: 0,
    styles: false,
  };
  for (const el of Array.from(doc.querySelectorAll(SCRIPTY))) {
    dropped.scripts++;
    el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll(OBJECTS))) {
    dropped.objects++;
    el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll(META))) el.remove();
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const c = checkImageDataUrl(src, MAX_IMAGE_BYTES);
    if (c.ok) continue;
    if (c.why === 'not-data') dropped.remoteImages++;
    else if (c.why === 'too-big') dropped.bigImages++;
    else dropped.badImages++;
    img.remove();
  }
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) {
        dropped.scripts++;
        el.removeAttribute(attr.name);
      } else if (name === 'style' || name === 'class' || name === 'lang' || name === 'face') {
        if (name !== 'lang' && /mso-|font-family|color/i.test(attr.value)) dropped.styles = true;
        el.removeAttribute(attr.name);
      } else if (name === 'href' && !/^(https?:|mailto:|#)/i.test(attr.value.trim())) {
        dropped.scripts++;
        el.removeAttribute(attr.name);
      }
    }
    // Word's <o:p> and other namespaced tags: keep their text, drop the tag.
    if (el.tagName.includes(':')) el.replaceWith(...Array.from(el.childNodes));
  }
  return { html: doc.body.innerHTML, dropped };
}

export function droppedAnything(d: PasteDropped): boolean {
  return d.scripts + d.remoteImages + d.bigImages + d.badImages + d.objects > 0;
}
