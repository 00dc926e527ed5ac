import type { Statement } from '../../model/index.js';
import { kindLabel, ruleLabel } from '../format.js';
import { markup, type Html } from '../markup.js';
import { entityHref, entityName } from '../names.js';
import type { View } from '../view.js';
import { dataTable } from '../table.js';

// "stance: signed · reason: national interest"
export function valueText(value: Statement['value']): string {
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');
}

export function subjectLink(view: View, subject: string): Html {
  const { kb } = view;
  if (!subject) return markup``;
  const entity = subject.includes(':') ? kb.resolver.entity(subject) : (kb.resolver.resolve(subject)[0] ?? kb.resolver.entity(`country:${subject}`));
  const href = entity ? entityHref(entity.id) : null;
  return href ? markup`<a href="${href}">${subject}</a>` : markup`${subject}`;
}

// A document's statements, each span a link to its highlighted words: on the document's own page
// (`documentHref` empty) or from another page.
export function statementsTable(view: View, statements: Statement[], documentHref = ''): Html {
  const { t } = view;
  const rows = distinctStatements(statements).map(
    ({ statement: s, rules }) =>
      markup`<tr id="row-${s.id}">
        <td><a href="${documentHref}#s-${s.id}" class="span-link">[${s.start}, ${s.end})</a></td>
        <td><span class="kind k-${s.kind}" data-kind="${s.kind}">${kindLabel(t, s.kind)}</span></td>
        <td>${subjectLink(view, s.subject)}</td>
        <td class="value">${valueWords(view, s.value)}</td>
        <td class="words" lang="${s.lang}">${s.words}</td>
        <td class="found-by">${[...new Set(rules.map((r) => ruleLabel(t, r)))].map((label, i) => markup`${i > 0 ? ', ' : ''}<span title="${rules.join(' ')}">${label}</span>`)}</td>
      </tr>`,
  );
  return dataTable('statements', [t('span'), t('kind'), t('subject'), t('value'), t('words'), t('foundBy')], rows);
}

// Statements of the same kind, subject and span found by several rules, as one with every rule.
export function distinctStatements(statements: Statement[]): { statement: Statement; rules: string[] }[] {
  const bySpan = new Map<string, { statement: Statement; rules: string[] }>();
  for (const s of statements) {
    const key = `${s.start} ${s.end} ${s.kind} ${s.subject}`;
    const found = bySpan.get(key);
    if (found) found.rules.push(s.rule);
    else bySpan.set(key, { statement: s, rules: [s.rule] });
  }
  return [...bySpan.values()];
}

// "stance: did not sign · declaration: Paris statement": property names and stances in words.
export function valueWords(view: View, value: Statement['value']): string {
  const { t, kb, locale } = view;
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => {
      const name = t(`prop_${k}` as Parameters<typeof t>[0]);
      const shown =
        k === 'stance' ? kindLabel(t, String(v)) : k === 'declaration' || k === 'event' ? entityName(kb, `${k}:${String(v)}`, locale) : String(v);
      return `${name.startsWith('prop_') ? k : name}: ${shown}`;
    })
    .join(' · ');
}
