// A small document API over pdfkit for the reports the product prints (workshop reports, event
// agendas and lists): a title page, a table of contents filled in at the end, headings that enter
// it and the PDF outline, paragraphs, key figures, tables that repeat their header on each page,
// vector figures, and page numbers. Text is one language, or two side by side (de | cs): a `Say`
// is a string or a pair. DejaVu Sans is embedded (shipped through npm as dejavu-fonts-ttf) so
// ř ě š č ů ž ä ö ü ß render on any machine, with no font installed and no browser.
import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const font = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  condensed: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'),
};

/** One text, or the same text in two languages to set side by side. */
export type Say = string | readonly [string, string];

export interface TableColumn {
  header: Say;
  /** Share of the text width, 0..1. */
  width: number;
  align?: 'left' | 'right';
  /**
   * Addresses (e-mail, phone): never broken inside. Set on one line, condensed and smaller where
   * it must be; where even that is too small to read, broken after the @ only.
   */
  unbroken?: boolean;
}

/** The smallest size an address is shrunk to before it is broken after its @. */
const smallestAddress = 7;

interface TocEntry {
  title: Say;
  level: number;
  page: number;
}

export interface DocumentOptions {
  title: string;
  author?: string;
  /** Footer: how a page number reads, e.g. (3, 12) => "Seite 3 von 12". */
  pageLabel: (page: number, pages: number) => string;
  /** Footer text on the left, e.g. the scope and date. */
  footer?: string;
}

const colours = { text: '#1d2329', muted: '#5f6b76', rule: '#c9d1d9', zebra: '#f2f5f8', accent: '#1f5fa8' };
const size = { body: 9.5, small: 8, h1: 17, h2: 12.5, title: 30 };

export class ReportDocument {
  readonly pdf: PDFKit.PDFDocument;
  private readonly toc: TocEntry[] = [];
  private tocPages: number[] = [];
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: DocumentOptions) {
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 60, left: 56, right: 56 },
      bufferPages: true,
      autoFirstPage: false,
      info: { Title: options.title, Author: options.author ?? 'Grenzland-Netz', Creator: 'Grenzland-Netz' },
      lang: 'de',
      displayTitle: true,
    });
    this.pdf.registerFont('regular', font.regular);
    this.pdf.registerFont('bold', font.bold);
    this.pdf.registerFont('condensed', font.condensed);
    this.pdf.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.pdf.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on('error', reject);
    });
  }

  get left() {
    return this.pdf.page.margins.left;
  }

  get width() {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  private get bottom() {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  /** Room left on the page below the cursor. */
  get room() {
    return this.bottom - this.pdf.y;
  }

  newPage(): this {
    this.pdf.addPage();
    return this;
  }

  /** Lets other requests run between sections of a long document. */
  async breathe(): Promise<void> {
    await nextTurn();
  }

  titlePage(lines: { kicker: Say; title: Say; subtitle?: Say; facts: [Say, Say][]; note?: Say }): this {
    this.newPage();
    const { pdf } = this;
    pdf.rect(0, 0, pdf.page.width, 14).fill(colours.accent);
    pdf.y = 190;
    this.say(lines.kicker, { font: 'bold', size: 12, colour: colours.accent });
    pdf.moveDown(0.6);
    this.say(lines.title, { font: 'bold', size: size.title, colour: colours.text });
    if (lines.subtitle) {
      pdf.moveDown(0.4);
      this.say(lines.subtitle, { size: 14, colour: colours.muted });
    }
    pdf.moveDown(2.5);
    for (const [label, value] of lines.facts) {
      const y = pdf.y;
      this.say(label, { size: 10, colour: colours.muted, width: 0.3 });
      const afterLabel = pdf.y;
      pdf.y = y;
      this.say(value, { size: 10, colour: colours.text, x: 0.3, width: 0.7 });
      pdf.y = Math.max(pdf.y, afterLabel) + 4;
    }
    if (lines.note) {
      pdf.y = pdf.page.height - 150;
      this.say(lines.note, { size: size.small, colour: colours.muted });
    }
    return this;
  }

  /** Reserves pages for the contents; `finish` writes them once every heading knows its page. */
  contents(title: Say, pages = 1): this {
    for (let i = 0; i < pages; i++) {
      this.newPage();
      this.tocPages.push(this.pageIndex());
    }
    this.tocTitle = title;
    return this;
  }

  private tocTitle: Say = '';

  private pageIndex() {
    const range = this.pdf.bufferedPageRange();
    return range.start + range.count - 1;
  }

  heading(title: Say, level: 1 | 2 = 1, options: { newPage?: boolean; keepWith?: number } = {}): this {
    const { pdf } = this;
    if (options.newPage || this.room < (options.keepWith ?? 90)) this.newPage();
    else if (pdf.y > pdf.page.margins.top + 1) pdf.moveDown(level === 1 ? 1.2 : 0.8);
    this.toc.push({ title, level, page: this.pageIndex() });
    pdf.outline.addItem(typeof title === 'string' ? title : `${title[0]} / ${title[1]}`);
    this.say(title, { font: 'bold', size: level === 1 ? size.h1 : size.h2, colour: level === 1 ? colours.accent : colours.text });
    pdf.moveDown(level === 1 ? 0.5 : 0.3);
    return this;
  }

  paragraph(text: Say, options: { muted?: boolean; size?: number } = {}): this {
    this.say(text, { size: options.size ?? size.body, colour: options.muted ? colours.muted : colours.text });
    this.pdf.moveDown(0.5);
    return this;
  }

  /** Figures in boxes, four to a row: a large value over its label. */
  keyFigures(figures: { label: Say; value: string }[]): this {
    const { pdf } = this;
    const perRow = 4;
    const gap = 8;
    const boxWidth = (this.width - gap * (perRow - 1)) / perRow;
    const boxHeight = typeof figures[0]?.label === 'string' ? 58 : 74;
    for (let i = 0; i < figures.length; i += perRow) {
      if (this.room < boxHeight + 6) this.newPage();
      const y = pdf.y;
      figures.slice(i, i + perRow).forEach((figure, j) => {
        const x = this.left + j * (boxWidth + gap);
        pdf.roundedRect(x, y, boxWidth, boxHeight, 4).fill(colours.zebra);
        pdf.font('bold').fontSize(16).fillColor(colours.accent).text(figure.value, x + 8, y + 8, { width: boxWidth - 16, lineBreak: false });
        const labels = typeof figure.label === 'string' ? [figure.label] : [...figure.label];
        let ly = y + 32;
        labels.forEach((label, k) => {
          // Condensed: long compounds (Forschungseinrichtungen) fit a quarter of the width.
          pdf.font('condensed').fontSize(size.small).fillColor(k === 0 ? colours.text : colours.muted);
          pdf.text(label, x + 8, ly, { width: boxWidth - 16, height: 20, ellipsis: true });
          ly = pdf.y + 1;
        });
      });
      pdf.x = this.left;
      pdf.y = y + boxHeight + gap;
    }
    pdf.moveDown(0.3);
    return this;
  }

  /**
   * A table that breaks across pages, repeating its header. Cells are plain strings; a pair in the
   * header sets two languages one under the other. Yields to the event loop every few rows.
   */
  async table(columns: TableColumn[], rows: string[][], options: { fontSize?: number } = {}): Promise<this> {
    const { pdf } = this;
    const fontSize = options.fontSize ?? size.small + 0.5;
    const widths = columns.map((c) => c.width * this.width);
    const pad = 3;
    const drawHeader = () => {
      const y = pdf.y;
      let height = 0;
      columns.forEach((column, i) => {
        const x = this.left + widths.slice(0, i).reduce((a, b) => a + b, 0);
        const lines = typeof column.header === 'string' ? [column.header] : [...column.header];
        let ly = y + pad;
        lines.forEach((line, k) => {
          pdf.font(k === 0 ? 'bold' : 'regular').fontSize(fontSize).fillColor(k === 0 ? colours.text : colours.muted);
          pdf.text(line, x + pad, ly, { width: widths[i]! - 2 * pad, align: column.align ?? 'left' });
          ly = pdf.y;
        });
        height = Math.max(height, ly - y + pad);
      });
      pdf.moveTo(this.left, y + height).lineTo(this.left + this.width, y + height).lineWidth(0.8).strokeColor(colours.text).stroke();
      pdf.y = y + height + 1;
    };
    /**
     * A cell's lines, font and size: as given, or for an address what keeps it whole: the table's
     * size, else the condensed face a little smaller, else broken after the @. Its lines are set
     * one by one: pdfkit measures a word before a line break with the break's width added, and
     * would wrap an address that fits.
     */
    type Face = 'regular' | 'bold' | 'condensed';
    const layout = (cell: string, i: number): { lines: string[]; face: Face; size: number } => {
      const face: Face = i === 0 ? 'bold' : 'regular';
      if (!columns[i]?.unbroken || cell === '') return { lines: [cell], face, size: fontSize };
      const room = widths[i]! - 2 * pad;
      const fit = (lines: string[], font: Face) => {
        pdf.font(font).fontSize(fontSize);
        return Math.min(fontSize, ...lines.map((line) => (room / pdf.widthOfString(line)) * fontSize * 0.98));
      };
      const lines = cell.split('\n');
      if (fit(lines, face) >= fontSize) return { lines, face, size: fontSize };
      if (fit(lines, 'condensed') >= smallestAddress) return { lines, face: 'condensed', size: fit(lines, 'condensed') };
      const broken = lines.flatMap((line) => line.replace(/@/, '@\n').split('\n'));
      return { lines: broken, face: 'condensed', size: Math.max(fit(broken, 'condensed'), smallestAddress) };
    };
    const rowHeight = (row: string[]) =>
      Math.max(
        ...row.map((cell, i) => {
          const { lines, face, size: cellSize } = layout(cell, i);
          pdf.font(face).fontSize(cellSize);
          return lines.reduce((height, line) => height + pdf.heightOfString(line || ' ', { width: widths[i]! - 2 * pad }), 0);
        }),
      ) + 2 * pad;
    if (this.room < 60) this.newPage();
    drawHeader();
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const height = rowHeight(row);
      if (this.room < height) {
        this.newPage();
        drawHeader();
      }
      const y = pdf.y;
      if (r % 2 === 1) pdf.rect(this.left, y, this.width, height).fill(colours.zebra);
      row.forEach((cell, i) => {
        const x = this.left + widths.slice(0, i).reduce((a, b) => a + b, 0);
        const { lines, face, size: cellSize } = layout(cell, i);
        pdf.font(face).fontSize(cellSize).fillColor(colours.text);
        let ly = y + pad;
        for (const line of lines) {
          pdf.text(line, x + pad, ly, { width: widths[i]! - 2 * pad, align: columns[i]?.align ?? 'left' });
          ly = pdf.y;
        }
      });
      pdf.x = this.left;
      pdf.y = y + height;
      if (r % 40 === 39) await this.breathe();
    }
    pdf.moveTo(this.left, pdf.y).lineTo(this.left + this.width, pdf.y).lineWidth(0.5).strokeColor(colours.rule).stroke();
    pdf.moveDown(0.6);
    return this;
  }

  /** A vector figure of `height` points across the text width; `draw` gets its box. */
  figure(height: number, draw: (pdf: PDFKit.PDFDocument, box: { x: number; y: number; width: number; height: number }) => void): this {
    if (this.room < height) this.newPage();
    const box = { x: this.left, y: this.pdf.y, width: this.width, height };
    this.pdf.save();
    draw(this.pdf, box);
    this.pdf.restore();
    this.pdf.x = this.left;
    this.pdf.y = box.y + height + 6;
    return this;
  }

  /**
   * Text in one language across the width, or two side by side. `x` and `width` are shares of the
   * text width. The cursor ends below the longer column.
   */
  say(
    text: Say,
    style: { font?: 'regular' | 'bold' | 'condensed'; size?: number; colour?: string; x?: number; width?: number } = {},
  ): this {
    const { pdf } = this;
    const x0 = this.left + (style.x ?? 0) * this.width;
    const w = (style.width ?? 1) * this.width;
    pdf.font(style.font ?? 'regular').fontSize(style.size ?? size.body).fillColor(style.colour ?? colours.text);
    // A word wider than its column (a German title at 28 pt beside its Czech one) would be broken
    // inside: the text is set smaller until its longest word fits.
    const column = typeof text === 'string' ? w : (w - 14) / 2;
    const longest = Math.max(...(typeof text === 'string' ? [text] : text).flatMap((part) => part.split(/\s+/)).map((word) => pdf.widthOfString(word)));
    if (longest > column) pdf.fontSize(((style.size ?? size.body) * column * 0.97) / longest);
    if (typeof text === 'string') {
      pdf.text(text, x0, pdf.y, { width: w });
    } else {
      const gutter = 14;
      const half = (w - gutter) / 2;
      const y = pdf.y;
      const heights = text.map((part) => pdf.heightOfString(part, { width: half }));
      if (pdf.y + Math.max(...heights) > this.bottom) this.newPage();
      const top = pdf.y === y ? y : pdf.y;
      pdf.text(text[0], x0, top, { width: half });
      const afterLeft = pdf.y;
      pdf.fillColor(style.colour ?? colours.text).text(text[1], x0 + half + gutter, top, { width: half });
      pdf.y = Math.max(afterLeft, pdf.y);
    }
    pdf.x = this.left;
    return this;
  }

  /** Writes the contents and the page numbers, and returns the PDF. */
  async finish(): Promise<Buffer> {
    const { pdf } = this;
    if (this.tocPages.length > 0) this.writeContents();
    const range = pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      if (i === range.start) continue;
      pdf.switchToPage(i);
      const bottom = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      const y = pdf.page.height - 36;
      pdf.moveTo(this.left, y - 6).lineTo(this.left + this.width, y - 6).lineWidth(0.4).strokeColor(colours.rule).stroke();
      pdf.font('regular').fontSize(size.small).fillColor(colours.muted);
      if (this.options.footer) pdf.text(this.options.footer, this.left, y, { width: this.width * 0.7, lineBreak: false, ellipsis: true });
      pdf.text(this.options.pageLabel(i + 1, range.count), this.left + this.width * 0.6, y, { width: this.width * 0.4, align: 'right', lineBreak: false });
      pdf.page.margins.bottom = bottom;
    }
    pdf.end();
    return this.done;
  }

  private writeContents(): void {
    const { pdf } = this;
    let p = 0;
    pdf.switchToPage(this.tocPages[p]!);
    pdf.x = this.left;
    pdf.y = pdf.page.margins.top;
    this.say(this.tocTitle, { font: 'bold', size: size.h1, colour: colours.accent });
    pdf.moveDown(0.8);
    for (const entry of this.toc) {
      if (pdf.y > this.bottom - 20 && p + 1 < this.tocPages.length) {
        pdf.switchToPage(this.tocPages[++p]!);
        pdf.y = pdf.page.margins.top;
      }
      const indent = entry.level === 1 ? 0 : 16;
      const title = typeof entry.title === 'string' ? entry.title : `${entry.title[0]} · ${entry.title[1]}`;
      const y = pdf.y;
      pdf.font(entry.level === 1 ? 'bold' : 'regular').fontSize(entry.level === 1 ? 10.5 : size.body).fillColor(colours.text);
      pdf.text(title, this.left + indent, y, { width: this.width - indent - 40, goTo: undefined });
      const after = pdf.y;
      pdf.text(String(entry.page + 1), this.left + this.width - 40, y, { width: 40, align: 'right' });
      pdf.y = after + (entry.level === 1 ? 4 : 2);
    }
  }
}
