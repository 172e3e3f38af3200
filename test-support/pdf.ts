import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF as a reader gets it: its pages' words (one string, spaces between runs), page count and title. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string; title?: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const words: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) if ('str' in item) words.push(item.str);
    }
    const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
    return { pages: doc.numPages, text: words.join(' ').replace(/\s+/g, ' '), title: info.Title };
  } finally {
    await doc.destroy();
  }
}
