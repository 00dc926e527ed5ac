// The readable API page: rendered on the server from the OpenAPI document itself, so the page
// and /openapi.json cannot disagree. Plain HTML, one stylesheet, no script.

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  $ref?: string;
  description?: string;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema; example?: unknown };
type Operation = {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  security?: unknown[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { description: string }>;
};
export type ApiDocument = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

// Descriptions mark code with backticks: "`status=signed`".
const prose = (text: string | undefined): string => escapeHtml(text ?? '').replace(/`([^`]+)`/g, '<code>$1</code>');

const typeOf = (schema: Schema | undefined): string => {
  if (!schema) return '';
  if (schema.$ref) return schema.$ref.replace('#/components/schemas/', '');
  if (schema.enum) return schema.enum.map(String).join(' | ');
  return [schema.type ?? ''].flat().join(' | ');
};

function exampleUrl(origin: string, path: string, parameters: Parameter[]): string {
  const exampleOf = (p: Parameter | undefined): unknown => p?.example ?? p?.schema?.example;
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(exampleOf(parameters.find((p) => p.name === name)) ?? name)));
  const query = parameters.filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p) ?? ''))}`);
  return `${origin}${filled}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

function parameterTable(parameters: Parameter[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters.map((p) => {
    const example = p.example ?? p.schema?.example;
    const cells = [
      `<code>${escapeHtml(p.name)}</code>`,
      escapeHtml(p.in),
      p.required ? 'yes' : 'no',
      `<code>${escapeHtml(typeOf(p.schema))}</code>`,
      prose(p.description ?? p.schema?.description),
      example === undefined ? '' : `<code>${escapeHtml(String(example))}</code>`,
    ];
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th>meaning</th><th>example</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

// A body's fields, its `$ref` followed, and an example body from the fields' examples.
function bodySection(document: ApiDocument, operation: Operation, url: string): string {
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] : schema;
  return Object.entries(operation.requestBody?.content ?? {})
    .map(([type, { schema }]) => {
      const fields = Object.entries(resolve(schema)?.properties ?? {});
      const required = new Set(resolve(schema)?.required ?? []);
      const list = fields
        .map(
          ([name, field]) =>
            `<li><code>${escapeHtml(name)}</code> <code>${escapeHtml(typeOf(field))}</code>${required.has(name) ? ' (required)' : ''} ${prose(field.description)}</li>`,
        )
        .join('');
      const examples = fields.filter(([, field]) => field.example !== undefined);
      const auth = `-H "Authorization: Bearer $ACCORD_TOKEN"`;
      const curl =
        type === 'multipart/form-data'
          ? `curl -X POST ${auth} -F file=@article.html ${url}`
          : `curl -X POST ${auth} -H "Content-Type: ${type}" -d '${JSON.stringify(Object.fromEntries(examples.map(([name, field]) => [name, field.example])))}' ${url}`;
      return `<p>Body as <code>${escapeHtml(type)}</code>${schema?.$ref ? ` (<code>${escapeHtml(typeOf(schema))}</code>)` : ''}:</p><ul>${list}</ul><pre><code>${escapeHtml(curl)}</code></pre>`;
    })
    .join('');
}

function operationSection(document: ApiDocument, origin: string, path: string, method: string, operation: Operation): string {
  const parameters = operation.parameters ?? [];
  const url = exampleUrl(origin, path, parameters);
  const responses = Object.entries(operation.responses)
    .map(([code, r]) => `<li><code>${escapeHtml(code)}</code> ${prose(r.description)}</li>`)
    .join('');
  const example =
    method === 'get'
      ? `<p>Example: <a href="${escapeHtml(url)}"><code>GET ${escapeHtml(url.slice(origin.length))}</code></a></p>`
      : bodySection(document, operation, url);
  return `<section id="${escapeHtml(`${method}-${path}`)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${prose(operation.summary)}${operation.security ? ' <strong>Needs the bearer token.</strong>' : ''}</p>
${operation.description ? `<p>${prose(operation.description)}</p>` : ''}
${parameterTable(parameters)}
<p>Responses:</p><ul>${responses}</ul>
${example}
</section>`;
}

// `origin`: prefixed to the examples' paths ('' keeps them relative to the page's own server).
export function apiPage(document: ApiDocument, base: string, origin: string): string {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const contents = operations
    .map(
      ({ path, method, operation }) =>
        `<li><a href="#${escapeHtml(`${method}-${path}`)}">${method.toUpperCase()} ${escapeHtml(path.slice(base.length))}</a> ${prose(operation.summary)}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)}</title><link rel="stylesheet" href="/api/api.css"></head>
<body><main>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${prose(document.info.description)}</p>
<ul>
<li>Every path starts with <code>${escapeHtml(base)}</code>. The same description, machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1). The web pages are at <a href="/">/</a>.</li>
<li>Lists come as <code>{ "items": [...], "total": N, "limit": 50, "offset": 0 }</code>; <code>limit</code> goes up to 500, <code>total</code> is there when it is known.</li>
<li>Every error is <code>{ "error": { "code": "not_found", "message": "..." } }</code> with a 4xx or 5xx status; the message names the input and the reason.</li>
<li>Reads are open. Writes (adding an article, review decisions) need <code>Authorization: Bearer &lt;ACCORD_TOKEN&gt;</code>; a server started without <code>ACCORD_TOKEN</code> refuses every write.</li>
</ul>
<nav><h2>Endpoints</h2><ul>${contents}</ul></nav>
${operations.map(({ path, method, operation }) => operationSection(document, origin, path, method, operation)).join('\n')}
</main></body></html>`;
}

export const apiCss = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}
pre{background:#f4f4f6;padding:.5rem;overflow-x:auto;white-space:pre-wrap}
section{border-top:1px solid #ddd;padding-top:.5rem;margin-top:1.5rem}
.method{display:inline-block;min-width:3.5rem;font-family:ui-monospace,monospace;color:#0b5394}
table{border-collapse:collapse;display:block;overflow-x:auto}
th,td{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
a{color:#0b5394}
main{overflow-wrap:anywhere}
table{max-width:100%}
`;
