import { markup, type Html, type Part } from './markup.js';

// A column header: its label, and `num` for figures aligned right.
export type Column = Part | { label: Part; num: true };

// The one way pages draw a table of rows: scrolled sideways on a phone, column headers scoped.
export function dataTable(className: string | null, columns: Column[], rows: Part): Html {
  const header = columns.map((c) =>
    typeof c === 'object' && c !== null && !Array.isArray(c) && 'num' in c
      ? markup`<th scope="col" class="num">${c.label}</th>`
      : markup`<th scope="col">${c as Part}</th>`,
  );
  return markup`<div class="table-wrap">
    <table${className ? markup` class="${className}"` : ''}>
      <thead>
        <tr>${header}</tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

// One term of a definition list, or nothing when there is no value to show.
export function definition(label: Part, value: Html | string | null | undefined): Html {
  return value
    ? markup`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`
    : markup``;
}
