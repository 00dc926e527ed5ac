import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { addArticle, QueryError, type AddArticleInput, type AddArticleResult } from '../../query/index.js';
import { markup, type Html } from '../markup.js';
import type { PageResult } from '../page.js';
import { WebError } from '../paging.js';
import type { View } from '../view.js';
import { statementsTable } from './document.js';

type Draft = { text: string; format: string; title: string; url: string; published: string; language: string };
const empty: Draft = { text: '', format: 'text', title: '', url: '', published: '', language: '' };

export function addForm(view: View, token: string | null): PageResult {
  return { title: view.t('addTitle'), body: formBody(view, token, empty, null), tables: [] };
}

// POST /add: the token (form field or bearer header) is the write secret. A form post must come
// from this site's own page: its Origin is this host (pages send Referrer-Policy: same-origin, so
// browsers give it); a missing or `null` Origin is refused too, since a sandboxed or cross-site
// form sends one of those. A client with a bearer header sets headers no form can, and may omit
// it. Refused before anything is read; a refusal keeps the pasted text in the form.
// `add`: how the article is read and stored (the server's worker pool; by default on this thread).
export async function addSubmit(
  view: View,
  c: Context,
  token: string | null,
  add: (input: AddArticleInput) => Promise<AddArticleResult> = (input) => addArticle(view.kb, input),
): Promise<{ status: 200 | 400 | 401 | 403; page: PageResult }> {
  const { t } = view;
  const origin = c.req.header('Origin');
  const hasBearer = /^Bearer\s+\S+/i.test(c.req.header('Authorization') ?? '');
  if (origin && origin !== 'null' && hostOf(origin) !== view.url.host)
    throw new WebError(403, `Origin ${origin}: a form from another site cannot add articles here`);
  if (!hasBearer && (!origin || origin === 'null'))
    throw new WebError(403, `Origin ${origin ?? 'missing'}: a form must be posted from this site's own page (or send the token as Authorization: Bearer)`);
  const form = await c.req.parseBody();
  const field = (name: string): string => (typeof form[name] === 'string' ? (form[name] as string) : '');
  const draft: Draft = {
    text: field('text'),
    format: field('format') || 'text',
    title: field('title'),
    url: field('url'),
    published: field('published'),
    language: field('language'),
  };
  const refuse = (status: 400 | 401 | 403, message: string): { status: 400 | 401 | 403; page: PageResult } => ({
    status,
    page: { title: t('addTitle'), body: formBody(view, token, draft, message), tables: [] },
  });
  if (token === null) return refuse(403, t('writesDisabled'));
  const given = field('token') || (/^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? '');
  if (!given) return refuse(401, t('tokenMissing'));
  if (!isSameToken(given, token)) return refuse(403, t('tokenWrong'));
  const file = form.file;
  const input: AddArticleInput = {
    title: draft.title || undefined,
    url: draft.url || undefined,
    published: draft.published || undefined,
    lang: draft.language || undefined,
  };
  if (file instanceof File && file.size > 0) {
    input.bytes = new Uint8Array(await file.arrayBuffer());
    input.filename = file.name;
  } else if (!draft.text.trim()) return refuse(400, t('nothingToAdd'));
  else if (draft.format === 'html') input.html = draft.text;
  else input.text = draft.text;
  try {
    const result = await add(input);
    return { status: 200, page: { title: t('addedTitle'), body: resultBody(view, result), tables: [] } };
  } catch (error) {
    if (error instanceof QueryError) return refuse(400, error.message);
    throw error;
  }
}

export function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

// Both sides hashed first: the comparison takes the same time whatever was sent.
export function isSameToken(given: string, expected: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function formBody(view: View, token: string | null, d: Draft, error: string | null): Html {
  const { t } = view;
  const option = (value: string, label: string, current: string): Html =>
    markup`<option value="${value}" ${value === current ? markup` selected` : ''}>${label}</option>`;
  return markup`<header class="page-head">
      <p class="kicker">${t('navAdd')}</p>
      <h1>${t('addTitle')}</h1>
      <p class="lede">${t('addIntro')}</p>
    </header>
    ${token === null ? markup`<p class="callout" role="note">${t('writesDisabled')}</p>` : ''}
    ${
      error
        ? markup`<div class="callout callout-error" role="alert" id="form-error">
          <p><strong>${t('refused')}</strong> ${error}</p>
        </div>`
        : ''
    }
    <form class="add-form" method="post" action="/add" enctype="multipart/form-data">
      <div class="field field-wide">
        <label for="text">${t('articleText')}</label><textarea id="text" name="text" rows="14" spellcheck="false">${d.text}</textarea>
      </div>
      <div class="field">
        <label for="format">${t('pastedFormat')}</label
        ><select id="format" name="format">
          ${option('text', t('formatText'), d.format)}${option('html', 'HTML', d.format)}
        </select>
      </div>
      <div class="field">
        <label for="file">${t('orFile')}</label><input id="file" name="file" type="file" accept=".txt,.md,.html,.htm,.jsonl,text/plain,text/html" />
      </div>
      <div class="field"><label for="title">${t('title')}</label><input id="title" name="title" value="${d.title}" /></div>
      <div class="field"><label for="url">${t('url')}</label><input id="url" name="url" type="url" value="${d.url}" placeholder="https://" /></div>
      <div class="field">
        <label for="published">${t('published')}</label><input id="published" name="published" value="${d.published}" placeholder="2025-02-11" />
      </div>
      <div class="field">
        <label for="language">${t('articleLanguage')}</label
        ><select id="language" name="language">
          ${option('', t('detectLanguage'), d.language)}${view.kb.languages.map((l) => option(l.code, l.name, d.language))}
        </select>
      </div>
      <div class="field">
        <label for="token">${t('token')}</label><input id="token" name="token" type="password" autocomplete="off" aria-describedby="token-help" />
        <p id="token-help" class="note">${t('tokenHelp')}</p>
      </div>
      <div class="field field-actions"><button type="submit">${t('addButton')}</button></div>
    </form>`;
}

function resultBody(view: View, r: AddArticleResult): Html {
  const { t } = view;
  const status = r.status === 'new' ? t('addedNew') : r.status === 'updated' ? t('addedUpdated') : t('addedUnchanged');
  return markup`<header class="page-head">
      <p class="kicker">${t('navAdd')}</p>
      <h1>${t('addedTitle')}</h1>
      <p class="lede" role="status">${status} <a href="/documents/${r.id}" class="code">${r.id}</a>${r.lang ? markup` · ${r.lang}` : ''}</p>
    </header>
    ${
      r.warnings.length
        ? markup`<div class="callout" role="note">
          <ul>
            ${r.warnings.map((w) => markup`<li>${w}</li>`)}
          </ul>
        </div>`
        : ''
    }
    <section aria-labelledby="found-h">
      <h2 id="found-h">${t('extractedStatements', { count: r.statements.length })}</h2>
      ${r.statements.length ? statementsTable(view, r.statements, `/documents/${r.id}`) : markup`<p class="empty">${t('noStatementsFound')}</p>`}
      <p><a href="/documents/${r.id}">${t('openDocument')} →</a> · <a href="/add">${t('addAnother')}</a></p>
    </section>`;
}
