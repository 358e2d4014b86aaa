// The report as one self-contained HTML page for print and PDF: per corpus the denominators, the two tables of
// seed 004 (themes, forms) side by side, the cross-tab and the agreement, with the method notes. No script, no
// external resource. Pure.
import type { CorpusReport } from './corpusReport.ts';
import { MULTI_LABEL_NOTE, ROUNDING_NOTE } from './reportExport.ts';
import type { TaxonomyDocument } from './taxonomy.ts';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const statistic = (s: { value: number | null; reason: string | null }, digits = 2) =>
  s.value === null
    ? `niet bepaald (${s.reason === 'no-variation' ? 'geen variatie' : 'geen items'})`
    : s.value.toFixed(digits).replace('.', ',');

export function reportHtml(
  reports: readonly CorpusReport[],
  taxonomy: { version: number; document: TaxonomyDocument },
  generatedAt: string,
): string {
  const doc = taxonomy.document;
  const sideBySide = (dimension: 'themes' | 'forms') => {
    const entries = dimension === 'themes' ? doc.knowledgeThemes : doc.careShiftForms;
    const head = reports
      .map((r) => `<th scope="col">% ${esc(r.corpus.name)} (N=${r.denominators.n})</th>`)
      .join('');
    const rows = entries
      .map((e, i) => {
        const cells = reports
          .map((r) => {
            const s = r[dimension].shares[i]!;
            return `<td class="num">${esc(s.display)} <span class="count">(${s.count})</span></td>`;
          })
          .join('');
        return `<tr><th scope="row">${esc(e.label.nl)}</th>${cells}</tr>`;
      })
      .join('');
    const title = dimension === 'themes' ? 'Kennisthema’s' : 'Verschijningsvormen van verplaatsing van zorg';
    return `<table><caption>${title}</caption><thead><tr><th scope="col">${dimension === 'themes' ? 'Kennisthema' : 'Verschijningsvorm'}</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  };
  const perCorpus = reports
    .map((r) => {
      const d = r.denominators;
      const cross = `<table><caption>Kennisthema × verschijningsvorm, ${esc(r.corpus.name)} (aantal uitspraken)</caption><thead><tr><th scope="col">Kennisthema</th>${doc.careShiftForms
        .map((f) => `<th scope="col">${esc(f.label.nl)}</th>`)
        .join('')}</tr></thead><tbody>${doc.knowledgeThemes
        .map(
          (t, i) =>
            `<tr><th scope="row">${esc(t.label.nl)}</th>${r.crossTab.cells[i]!.map((c) => `<td class="num">${c}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table>`;
      const agreement = `<table><caption>Overeenstemming codeurs, ${esc(r.corpus.name)} (${r.agreement.doubleCoded} dubbel gecodeerd, ${r.agreement.disagreements} verschillen)</caption><thead><tr><th scope="col">Label</th><th scope="col">% overeenstemming</th><th scope="col">Cohen's kappa</th></tr></thead><tbody>${[
        ...r.agreement.themes,
        ...r.agreement.forms,
      ]
        .map((a) => {
          const entry = [...doc.knowledgeThemes, ...doc.careShiftForms].find((e) => e.id === a.label);
          const pct =
            a.percentAgreement.value === null ? '–' : `${Math.round(100 * a.percentAgreement.value)}%`;
          return `<tr><th scope="row">${esc(entry?.label.nl ?? a.label)}</th><td class="num">${pct}</td><td class="num">${esc(statistic(a.kappa))}</td></tr>`;
        })
        .join(
          '',
        )}</tbody></table><p>Krippendorff's alpha over alle thema-labels: ${esc(statistic(r.agreement.alphaThemes, 3))}; over alle vormen: ${esc(statistic(r.agreement.alphaForms, 3))}.</p>`;
      return `<section><h2>${esc(r.corpus.name)}</h2><p>${d.items} uitspraken, waarvan ${d.notRelevant} niet relevant${d.unscreened ? ` en ${d.unscreened} nog niet gescreend` : ''}; N = ${d.n} relevante, gecodeerde uitspraken${d.awaitingFinal ? ` (${d.awaitingFinal} wachten nog op een eindcode)` : ''}. Gemiddeld ${r.themes.summary.meanLabels === null ? '–' : r.themes.summary.meanLabels.toFixed(2).replace('.', ',')} thema’s per uitspraak.</p>${cross}${agreement}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kennisagenda: rapport</title><style>
body{font-family:system-ui,sans-serif;font-size:10pt;color:#111;margin:0}h1{font-size:16pt}h2{font-size:13pt;margin-top:1.5em}
table{border-collapse:collapse;margin:1em 0;width:100%}caption{text-align:left;font-weight:600;margin-bottom:.3em}
th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}.num{text-align:right;white-space:nowrap}.count{color:#555;font-size:8pt}
section{break-inside:avoid-page}p.note{font-size:9pt;color:#333}</style></head><body>
<h1>Kennisagenda JZOJP: uitspraken per kennisthema en verschijningsvorm</h1>
<p>Taxonomie versie ${taxonomy.version} (${esc(doc.edition)}). Gemaakt op ${esc(generatedAt.slice(0, 10))} met Juiste Plek.</p>
${sideBySide('themes')}${sideBySide('forms')}
<p class="note">${esc(MULTI_LABEL_NOTE)} ${esc(ROUNDING_NOTE)}</p>
${perCorpus}
<p class="note">Bron taxonomie: ${esc(doc.provenance.source)}.</p>
</body></html>`;
}
