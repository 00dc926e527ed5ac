import { describe, expect, it } from 'vitest';
import type { PageWords } from '../model/index.js';
import { parseHtml } from './html-page.js';

const markers: PageWords = {
  creditMarkers: ['Photo', 'Ảnh'],
  creditLinks: ['by', 'de'],
  bylineOpeners: ['By', 'Par'],
  bylinePrefixes: ['by', 'par', 'de', 'theo', 'bởi'],
  nameParticles: ['de', 'van', 'von'],
};

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo Mẫu | Tin thế giới</title>
<meta property="og:title" content="Hội nghị AI Seoul khép lại">
<meta name="author" content="Minh Anh">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-05-22T18:00:00+07:00"}]}</script>
</head><body><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav>
<div class="cookie-consent">Trang web dùng cookie. Đồng ý?</div>
<article><h1>Hội nghị AI Seoul khép lại</h1>
<p>SEOUL – Hội nghị thượng đỉnh AI Seoul đã khép lại ngày 22/5 với việc các bộ trưởng cam kết phối hợp chặt chẽ hơn trong nghiên cứu an toàn trí tuệ nhân tạo, theo thông cáo của nước chủ nhà.</p>
<figure><img src="https://cdn.example.vn/2024/05/seoul-ai%20summit.jpg?w=640" alt=""><figcaption>Các đại biểu tại phiên họp cấp bộ trưởng ở Seoul. Ảnh: Yonhap</figcaption></figure>
<p>Mười quốc gia cùng Liên minh châu Âu trước đó đã thông qua Tuyên bố Seoul về AI an toàn, đổi mới và bao trùm trong phiên họp trực tuyến do Tổng thống Yoon Suk Yeol chủ trì.</p>
<p>Hội nghị tiếp theo dự kiến diễn ra tại Pháp vào đầu năm 2025, với trọng tâm chuyển sang hành động cụ thể và các sáng kiến vì lợi ích công cộng.</p>
</article><aside class="related"><h3>Tin liên quan</h3><ul><li>Một tin khác</li></ul></aside>
<footer>© 2024 Báo Mẫu</footer></body></html>`;

describe('parseHtml', () => {
  it('reads meta tags, the article text in paragraphs, and figures apart', () => {
    const article = parseHtml(page, markers);
    expect(article).toMatchObject({ title: 'Hội nghị AI Seoul khép lại', byline: 'Minh Anh', published: '2024-05-22', langHint: 'vi' });
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]).toMatch(/^SEOUL – Hội nghị thượng đỉnh AI Seoul/);
    expect(article.paragraphs.join(' ')).not.toMatch(/cookie|Trang chủ|Tin liên quan|©/);
    expect(article.figures).toEqual([
      { file: 'seoul-ai summit.jpg', caption: 'Các đại biểu tại phiên họp cấp bộ trưởng ở Seoul.', credit: 'Yonhap', paragraph: 1 },
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'a fragment of paragraphs',
      '<p><strong>PARIS</strong> &mdash; Le sommet s’ouvre.</p><p>Deuxième paragraphe.</p>',
      ['PARIS — Le sommet s’ouvre.', 'Deuxième paragraphe.'],
    ],
    ['line breaks inside a paragraph', '<p>Première ligne.<br>Deuxième ligne.</p>', ['Première ligne.', 'Deuxième ligne.']],
    [
      'markup shown as text stays text',
      '<p>Il a écrit &lt;script&gt;alert(1)&lt;/script&gt; dans le chat.</p><script>alert(2)</script>',
      ['Il a écrit <script>alert(1)</script> dans le chat.'],
    ],
    ['a page with navigation only', '<html><body><nav><a href="/">Accueil</a></nav><footer>© 2025</footer></body></html>', []],
    ['broken markup', '<html><body><p>Un texte <b>mal fermé<p>Et un autre <i>paragraphe', ['Un texte mal fermé', 'Et un autre paragraphe']],
  ])('%s', (_name, html, paragraphs) => {
    expect(parseHtml(html, markers).paragraphs).toEqual(paragraphs);
  });
});
