/** Style ids shared by all sheets of one workbook: each distinct style is listed once, in first-use order. */
import type { XlsxStyle } from './xlsx-parts';

export class StyleBook {
  readonly styles: XlsxStyle[] = [{ numFmt: 'General' }];
  private readonly ids = new Map<string, number>();
  id(style: XlsxStyle): number {
    const key = JSON.stringify(style);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(key, id);
    }
    return id;
  }
}
