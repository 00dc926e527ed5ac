// Sentence templates for the benchmark corpus, written for it, one block per language.
// `{slot}` is filled by bench/generate-corpus.ts: from the article's own context (city, CITY,
// date, weekday, event, unique), from a number (n, pct, amount, year), a photo file name (file),
// or a random entry of `slots` below, whose entries may hold slots of their own:
// "M. {givenM} {family}" -> "M. Julien Marchand".

export type CorpusLang = 'fr' | 'en' | 'vi';

export type LangTemplates = {
  locale: string;
  bylinePrefix: string | null;
  months: string[];
  weekdays: string[];
  formatDate: (day: number, month: number, year: number) => string;
  headlines: string[];
  leads: string[];
  sentences: string[];
  quoteLines: string[];
  headings: string[];
  captions: string[];
  credits: string[];
  slots: Record<string, string[]>;
  page: { sites: string[]; nav: string[]; cookie: string; related: string; rights: string };
};

const fr: LangTemplates = {
  locale: 'fr-FR',
  bylinePrefix: 'Par',
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  formatDate: (day, month, year) => `${day} ${fr.months[month]} ${year}`,
  headlines: ["{city} : {n} pays adoptent une déclaration commune sur l'IA", '{topic} au cœur du {event} de {city}', "IA : {country} plaide pour un cadre international à {city}", "À {city}, les délégations s'opposent sur {topic}", "Sommet de {city} : un compromis arraché sur {topic}"],
  leads: [
    "{CITY}, {date} — Plus de {unique} participants venus de {n} pays se sont retrouvés {weekday} à {city} pour le {event}, consacré cette année à {topic}.",
    "{CITY}, {date} — Le {event} s'est ouvert {weekday} à {city} en présence de {unique} délégués, avec l'ambition d'aboutir à une déclaration commune sur {topic}.",
    "{CITY}, {date} — Après deux jours de négociations, les {unique} participants du {event} réunis à {city} se sont séparés {weekday} sur un texte consacré à {topic}.",
  ],
  sentences: [
    'Les délégations de {n} pays ont poursuivi leurs discussions {weekday} à {city} sur {topic}.',
    "{country} a annoncé une contribution de {amount} millions d'euros au fonds commun créé lors du {event}.",
    "Selon {org}, {pct} % des pays représentés disposent déjà d'une stratégie nationale en matière d'intelligence artificielle.",
    'La déclaration finale, longue de {n} paragraphes, insiste sur {topic} et sur la coopération entre instituts de recherche.',
    'Plusieurs ONG regrettent que le texte reste silencieux sur {topic}.',
    "La délégation {ofCountry} s'est dite prête à signer, sous réserve de modifications sur {topic}.",
    "Les négociateurs ont travaillé jusque tard dans la nuit pour aboutir à un compromis acceptable par {n} délégations.",
    'Le prochain rendez-vous est prévu à {otherCity} en {monthName} {year}.',
    "{org} doit publier d'ici {monthName} un rapport d'étape sur {topic}.",
    "Le texte n'est pas contraignant, mais il prévoit un mécanisme de suivi confié à {org}.",
    'Parmi les signataires figurent {country}, {country} et {country}, ainsi que {org}.',
    "Interrogé sur {topic}, le ministre a promis des « annonces concrètes » avant la fin de l'année.",
    'Le texte adopté à {city} reprend l\'essentiel du projet présenté en {monthName} par {country}.',
    "Les experts réunis par {org} estiment à {amount} millions d'euros le coût annuel d'un tel dispositif.",
    'Des associations ont manifesté devant le centre de conférences pour réclamer davantage de transparence sur {topic}.',
    "Les ateliers ont abordé la santé, l'éducation, l'agriculture, etc. et ont réuni env. {n} chercheurs venus de {otherCity}.",
    'La présidence {ofCountry} a salué un « pas important », tout en reconnaissant que le plus dur restait à faire.',
    "{speaker}, {role}, a rappelé que le précédent sommet, organisé à {otherCity} en {year}, n'avait réuni que {n} pays.",
  ],
  quoteLines: [
    '« {quote} », a déclaré {speaker}, {role}.',
    '« {quote} », estime {speaker}.',
    "« {quote} », a résumé {speaker}, {role}, à l'issue des discussions.",
    'Pour {speaker}, {role}, « {quote} ».',
    '{speaker} a prévenu : « {quote}. »',
  ],
  headings: ['Un compromis fragile', 'Des attentes fortes', 'Le Sud veut peser', 'Ce que prévoit le texte', 'Des critiques persistantes', 'Le financement en question', 'Prochaine étape'],
  captions: ['Les chefs de délégation réunis à {city} le {date}.', 'Séance plénière du {event} à {city}.', '{speaker} lors de son intervention à {city}.', 'Des manifestants devant le centre de conférences de {city}.'],
  credits: ['Photo : AFP', 'Photo : Reuters', 'Photo : AP', 'Crédit photo : EPA'],
  slots: {
    country: ['la France', 'le Japon', 'le Canada', "l'Inde", 'le Brésil', 'la Corée du Sud', 'le Kenya', "l'Allemagne", "l'Italie", 'le Nigeria', 'le Chili', 'la Suisse', "l'Indonésie", 'le Viêt Nam', 'le Royaume-Uni', "l'Australie", 'le Mexique', 'la Norvège', 'le Sénégal', "l'Espagne"],
    ofCountry: ['de la France', 'du Japon', 'du Canada', "de l'Inde", 'du Brésil', 'de la Corée du Sud', 'du Kenya', "de l'Allemagne", "de l'Italie", 'du Nigeria', 'du Chili', 'de la Suisse', "de l'Indonésie", 'du Viêt Nam', 'du Royaume-Uni', "de l'Australie"],
    otherCity: ['Genève', 'Bruxelles', 'Séoul', 'Tokyo', 'Nairobi', 'Singapour', 'Hanoï', 'Ottawa', 'Londres', 'New Delhi', 'Santiago', 'Dakar', 'Montréal', 'Lyon'],
    org: ["l'OCDE", "l'UNESCO", 'la Commission européenne', "l'Union internationale des télécommunications", "le Partenariat mondial sur l'IA", "l'Institut Arcadie", 'le Centre pour les communs numériques', "l'Observatoire des algorithmes publics"],
    topic: ['la sécurité des modèles avancés', "l'accès à la puissance de calcul", 'la protection des données personnelles', "l'avenir du travail", "l'empreinte énergétique des centres de données", 'la lutte contre la désinformation', 'les normes techniques', 'la propriété intellectuelle', 'la transparence des algorithmes', "les usages militaires de l'IA"],
    role: ['porte-parole de la délégation', 'spécialiste du droit du numérique', "chef de la délégation", "économiste à l'Institut Arcadie", 'membre du Conseil national du numérique', "porte-parole de l'association Numérique en commun", 'juriste au Centre pour les communs numériques', "responsable des affaires numériques au ministère des Affaires étrangères"],
    speaker: ['M. {givenM} {family}', 'Mme {givenF} {family}', 'Dr. {givenF} {family}', 'Pr. {givenM} {family}', 'J.-P. {family}', 'M.-C. {family}'],
    givenM: ['Julien', 'Karim', 'Thomas', 'Antoine', 'Olivier', 'Mathieu', 'Youssef', 'Étienne', 'Rémi', 'Bastien'],
    givenF: ['Claire', 'Samia', 'Élodie', 'Hélène', 'Sophie', 'Léa', 'Nadia', 'Aurélie', 'Inès', 'Margaux'],
    family: ['Marchand', 'Bellec', 'Haddad', 'Dumont', 'Lefèvre', 'Garnier', 'Roussel', 'Benali', 'Chevalier', 'Moreau', 'Fournier', 'Texier'],
    event: ["sommet sur la gouvernance de l'IA", "forum mondial sur l'IA responsable", "dialogue ministériel sur l'intelligence artificielle", "sommet pour l'action sur l'IA", "congrès international sur la sécurité de l'IA"],
    quote: ['Nous ne pouvons pas laisser {topic} aux seules entreprises. Il faut des règles communes, et vite', "Ce texte n'est qu'un début. Le plus dur sera de le mettre en œuvre d'ici {year}", 'Sur {topic}, les positions se sont rapprochées plus vite que prévu', "Nous avons obtenu {n} engagements concrets, c'est plus que lors des éditions précédentes", "Il ne s'agit pas de freiner l'innovation mais de lui donner un cadre", 'Les pays du Sud doivent être à la table, pas au menu', "Personne ne gagnera seul cette course. Plus vite les capitales l'admettront, mieux ce sera"],
  },
  page: { sites: ['Le Quotidien du Numérique', "L'Écho international", 'La Dépêche tech'], nav: ['International', 'Politique', 'Économie', 'Tech', 'Culture', 'Opinions'], cookie: 'Nous utilisons des cookies pour mesurer l\'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.', related: 'À lire aussi', rights: 'Tous droits réservés' },
};

const en: LangTemplates = {
  locale: 'en-US',
  bylinePrefix: 'By',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  formatDate: (day, month, year) => `${en.months[month]} ${day}, ${year}`,
  headlines: ['{n} countries back joint AI declaration in {city}', '{topic} takes centre stage at {city} summit', '{country} calls for international AI rules at {city} talks', 'Delegates in {city} wrangle over {topic}', 'Late-night deal in {city} keeps AI declaration alive'],
  leads: [
    '{CITY}, {date} — More than {unique} participants from {n} countries gathered in {city} on {weekday} for the {event}, which this year focuses on {topic}.',
    '{CITY}, {date} — The {event} opened in {city} on {weekday} with {unique} delegates attending and the aim of agreeing a joint declaration on {topic}.',
    '{CITY}, {date} — After two days of talks, the {unique} participants at the {event} in {city} parted on {weekday} with a text devoted to {topic}.',
  ],
  sentences: [
    'Delegations from {n} countries continued their talks in {city} on {weekday} on {topic}.',
    '{country} announced a contribution of ${amount} million to the common fund set up at the {event}.',
    'According to {org}, {pct}% of the countries represented already have a national strategy on artificial intelligence.',
    'The final declaration, {n} paragraphs long, stresses {topic} and cooperation between research institutes.',
    'Several NGOs said they regretted that the text was silent on {topic}.',
    'The delegation of {country} said it was ready to sign, provided the wording on {topic} was changed.',
    'Negotiators worked late into the night to reach a compromise that {n} delegations could accept.',
    'The next meeting is planned for {otherCity} in {monthName} {year}.',
    '{org} is due to publish a progress report on {topic} by {monthName}.',
    'The text is not binding, but it sets up a follow-up mechanism run by {org}.',
    'The signatories include {country}, {country} and {country}, as well as {org}.',
    'The U.S. delegation said it would study the text before deciding whether to sign.',
    'Asked about {topic}, the minister promised "concrete announcements" before the end of the year.',
    'The text adopted in {city} keeps most of the draft that {country} put forward in {monthName}.',
    'Experts convened by {org} put the annual cost of such a mechanism at ${amount} million.',
    'Protesters gathered outside the conference centre to demand more transparency on {topic}.',
    'Workshops covered health, education, farming, etc., and drew approx. {n} researchers from {otherCity}.',
    'Officials from the U.K. and the E.U. met on the sidelines to discuss {topic}.',
    '{speaker}, {role}, recalled that the previous summit, held in {otherCity} in {year}, drew only {n} countries.',
  ],
  quoteLines: [
    '“{quote},” said {speaker}, {role}.',
    '“{quote},” {speaker} told reporters.',
    '{speaker}, {role}, was blunt: “{quote}.”',
    '“{quote},” according to {speaker}.',
    'Speaking after the closing session, {speaker} said: “{quote}.”',
  ],
  headings: ['A fragile compromise', 'High expectations', 'The Global South wants a say', 'What the text says', 'Lingering criticism', 'The money question', 'What comes next'],
  captions: ['Heads of delegation pose for a group photo in {city} on {date}.', 'The plenary session of the {event} in {city}.', '{speaker} speaks at the conference in {city}.', 'Protesters outside the conference centre in {city}.'],
  credits: ['Photo: Reuters', 'Photo: AFP', 'Photo: AP', 'Photo by Getty Images'],
  slots: {
    country: ['France', 'Japan', 'Canada', 'India', 'Brazil', 'South Korea', 'Kenya', 'Germany', 'Italy', 'Nigeria', 'Chile', 'Switzerland', 'Indonesia', 'Vietnam', 'the United Kingdom', 'Australia', 'Mexico', 'Norway', 'Senegal', 'Spain'],
    otherCity: ['Geneva', 'Brussels', 'Seoul', 'Tokyo', 'Nairobi', 'Singapore', 'Hanoi', 'Ottawa', 'London', 'New Delhi', 'Santiago', 'Dakar', 'Montreal', 'Lyon'],
    org: ['the OECD', 'UNESCO', 'the European Commission', 'the International Telecommunication Union', 'the Global Partnership on AI', 'the Calder Institute', 'the Centre for Digital Commons', 'Open Futures'],
    topic: ['the safety of frontier models', 'access to compute', 'personal data protection', 'the future of work', 'the energy footprint of data centres', 'disinformation', 'technical standards', 'intellectual property', 'algorithmic transparency', 'military uses of AI'],
    role: ['minister of state for digital affairs', 'ambassador for digital affairs', 'an adviser to the foreign ministry', 'director of the Calder Institute', 'a researcher in algorithmic ethics', "the delegation's chief negotiator", 'a spokesperson for Open Futures', 'a professor of technology law at the University of Toronto'],
    speaker: ['Mr. {givenM} {family}', 'Ms. {givenF} {family}', 'Dr. {givenF} {family}', 'Prof. {givenM} {family}', 'J.D. {family}', 'A.J. {family}'],
    givenM: ['Daniel', 'Marcus', 'Owen', 'Samuel', 'Ravi', 'Thomas', 'Kwame', 'Liam', 'Peter', 'Hugo'],
    givenF: ['Eleanor', 'Priya', 'Rachel', 'Grace', 'Hannah', 'Amara', 'Laura', 'Sofia', 'Nina', 'Joanna'],
    family: ['Hartley', 'Okafor', 'Raman', 'Smith', 'Collins', 'Nair', 'Whitaker', 'Mensah', 'Doyle', 'Fischer', 'Bennett', 'Alvarez'],
    event: ['summit on AI governance', 'global forum on responsible AI', 'ministerial dialogue on artificial intelligence', 'AI Action Summit', 'international conference on AI safety'],
    quote: ['We cannot leave {topic} to companies alone. We need common rules, and we need them soon', 'This text is only a beginning. The hard part will be putting it into practice by {year}', 'On {topic}, positions came together faster than anyone expected', 'We secured {n} concrete commitments, more than at any previous edition', 'The point is not to slow innovation down but to give it a frame', 'Countries of the Global South must be at the table, not on the menu', 'Nobody wins this race alone. The sooner capitals accept that, the better'],
  },
  page: { sites: ['The Global Ledger', 'Tech Policy Wire', 'The Daily Dispatch'], nav: ['World', 'Politics', 'Business', 'Technology', 'Climate', 'Opinion'], cookie: 'We use cookies to improve your experience, measure audiences and show relevant advertising. You can change your choices at any time.', related: 'Related coverage', rights: 'All rights reserved' },
};

const vi: LangTemplates = {
  locale: 'vi-VN',
  bylinePrefix: null,
  months: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6', 'tháng 7', 'tháng 8', 'tháng 9', 'tháng 10', 'tháng 11', 'tháng 12'],
  weekdays: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  formatDate: (day, month, year) => `${day}/${month + 1}/${year}`,
  headlines: ['{n} quốc gia thông qua tuyên bố chung về AI tại {city}', '{topic} là tâm điểm thảo luận tại {event}', '{country} kêu gọi xây dựng khuôn khổ quốc tế về AI tại {city}', 'Việt Nam tham dự {event} tại {city}', 'Các phái đoàn tại {city} tranh luận gay gắt về {topic}'],
  leads: [
    '{city}, {date} – Hơn {unique} đại biểu từ {n} quốc gia đã tham dự {event} khai mạc vào {weekday} tại {city}, với trọng tâm năm nay là {topic}.',
    '{city}, {date} – {event} đã chính thức khai mạc tại {city} với sự tham gia của {unique} đại biểu, hướng tới một tuyên bố chung về {topic}.',
    '{city}, {date} – Sau hai ngày đàm phán, {unique} đại biểu tham dự {event} tại {city} đã bế mạc vào {weekday} với một văn kiện về {topic}.',
  ],
  sentences: [
    'Đại diện của {n} quốc gia đã tiếp tục thảo luận tại {city} vào {weekday} về {topic}.',
    '{country} công bố khoản đóng góp {amount} triệu USD cho quỹ chung được thành lập tại {event}.',
    'Theo {org}, {pct}% quốc gia tham dự đã ban hành chiến lược quốc gia về trí tuệ nhân tạo.',
    'Tuyên bố chung gồm {n} điều khoản, nhấn mạnh {topic} và sự hợp tác giữa các viện nghiên cứu.',
    'Một số tổ chức phi chính phủ cho rằng văn kiện chưa đề cập thỏa đáng đến {topic}.',
    'Phái đoàn {country} cho biết sẵn sàng ký tuyên bố nếu nội dung về {topic} được điều chỉnh.',
    'Các nhà đàm phán đã làm việc đến khuya để đạt được thỏa hiệp mà {n} phái đoàn có thể chấp nhận.',
    'Kỳ hội nghị tiếp theo dự kiến diễn ra tại {otherCity} vào {monthName} năm {year}.',
    '{org} sẽ công bố báo cáo đánh giá giữa kỳ về {topic} trước {monthName}.',
    'Văn kiện không có tính ràng buộc pháp lý nhưng đặt ra cơ chế giám sát do {org} chủ trì.',
    'Các nước ký kết gồm {country}, {country}, {country} cùng nhiều đối tác khác.',
    'Khi được hỏi về {topic}, vị bộ trưởng hứa sẽ có “những thông báo cụ thể” trước cuối năm.',
    'Văn bản được thông qua tại {city} kế thừa phần lớn dự thảo do {country} đề xuất hồi {monthName}.',
    'Các chuyên gia của {org} ước tính chi phí hằng năm của cơ chế này vào khoảng {amount} triệu USD.',
    'Nhiều nhà nghiên cứu trẻ đã giới thiệu các ứng dụng AI trong nông nghiệp, y tế, giáo dục, v.v. tại khu trưng bày của hội nghị.',
    'Bên lề hội nghị, đoàn Việt Nam đã có các cuộc gặp song phương với đại diện {country} và {org}.',
    'Theo ban tổ chức, hội nghị có {n} bộ trưởng tham dự và {pct}% đại biểu đến từ các tổ chức xã hội dân sự.',
    '{speaker}, {role}, nhắc lại rằng hội nghị trước đó tổ chức tại {otherCity} năm {year} chỉ có {n} quốc gia tham gia.',
  ],
  quoteLines: [
    '“{quote}”, {speaker}, {role}, cho biết.',
    '“{quote}”, {speaker} nhấn mạnh.',
    'Phát biểu tại phiên thảo luận, {speaker}, {role}, khẳng định: “{quote}.”',
    'Theo {speaker}, “{quote}”.',
    'Trao đổi với phóng viên bên lề hội nghị, {speaker} nói: “{quote}.”',
  ],
  headings: ['Thỏa hiệp còn mong manh', 'Kỳ vọng lớn từ các nước đang phát triển', 'Những điểm chính của tuyên bố', 'Vẫn còn ý kiến trái chiều', 'Bài toán tài chính', 'Hướng tới kỳ hội nghị tiếp theo'],
  captions: ['Các trưởng đoàn chụp ảnh chung tại {city} ngày {date}.', 'Quang cảnh phiên toàn thể {event} tại {city}.', '{speaker} phát biểu tại hội nghị ở {city}.', 'Đại biểu trao đổi bên lề hội nghị tại {city}.'],
  credits: ['Ảnh: TTXVN', 'Ảnh: VGP', 'Ảnh: Reuters', 'Ảnh: AFP'],
  slots: {
    country: ['Pháp', 'Nhật Bản', 'Canada', 'Ấn Độ', 'Brazil', 'Hàn Quốc', 'Kenya', 'Đức', 'Italy', 'Nigeria', 'Chile', 'Thụy Sĩ', 'Indonesia', 'Singapore', 'Anh', 'Australia', 'Mexico', 'Na Uy', 'Thái Lan', 'Tây Ban Nha'],
    otherCity: ['Genève', 'Brussels', 'Seoul', 'Tokyo', 'Nairobi', 'Singapore', 'Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Ottawa', 'London', 'New Delhi', 'Bangkok', 'Jakarta'],
    org: ['Tổ chức Hợp tác và Phát triển Kinh tế (OECD)', 'UNESCO', 'Ủy ban châu Âu', 'Liên minh Viễn thông Quốc tế (ITU)', 'Viện Nghiên cứu Chính sách số', 'Trung tâm Đổi mới sáng tạo Quốc gia', 'Hiệp hội Phần mềm và Dịch vụ công nghệ thông tin'],
    topic: ['an toàn của các mô hình tiên tiến', 'khả năng tiếp cận hạ tầng tính toán', 'bảo vệ dữ liệu cá nhân', 'tương lai của việc làm', 'mức tiêu thụ năng lượng của các trung tâm dữ liệu', 'cuộc chiến chống tin giả', 'các tiêu chuẩn kỹ thuật', 'quyền sở hữu trí tuệ', 'tính minh bạch của thuật toán', 'ứng dụng AI trong y tế và giáo dục'],
    role: ['Thứ trưởng Bộ Khoa học và Công nghệ', 'Vụ trưởng Vụ Hợp tác quốc tế', 'Viện trưởng Viện Nghiên cứu Chính sách số', 'chuyên gia về đạo đức AI', 'Trưởng đoàn đàm phán', 'Giám đốc Trung tâm Đổi mới sáng tạo Quốc gia', 'giảng viên Trường Đại học Bách khoa Hà Nội'],
    speaker: ['TS. {family} {givenM}', 'PGS.TS. {family} {givenF}', 'ThS. {family} {givenM}', 'GS. {family} {givenF}', 'ông {family} {givenM}', 'bà {family} {givenF}'],
    givenM: ['Văn Hùng', 'Minh Tuấn', 'Quốc Bảo', 'Đức Anh', 'Hoàng Phúc', 'Thanh Sơn', 'Xuân Trường', 'Công Minh', 'Hữu Nghĩa', 'Gia Huy'],
    givenF: ['Thị Lan', 'Thu Hà', 'Ngọc Anh', 'Minh Châu', 'Thanh Hương', 'Phương Linh', 'Bích Ngọc', 'Mai Anh', 'Khánh Vy', 'Thùy Dung'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'],
    event: ['Hội nghị thượng đỉnh về quản trị trí tuệ nhân tạo', 'Diễn đàn toàn cầu về AI có trách nhiệm', 'Hội nghị cấp bộ trưởng về trí tuệ nhân tạo', 'Hội nghị thượng đỉnh Hành động về AI', 'Đối thoại quốc tế về an toàn AI'],
    quote: ['Chúng ta không thể để riêng các doanh nghiệp quyết định về {topic}. Cần có những quy tắc chung, và cần có sớm', 'Văn kiện này mới chỉ là bước khởi đầu. Phần khó nhất là triển khai trên thực tế trước năm {year}', 'Về {topic}, quan điểm của các bên đã xích lại gần nhau nhanh hơn dự kiến', 'Chúng tôi đã đạt được {n} cam kết cụ thể, nhiều hơn so với các kỳ hội nghị trước', 'Mục tiêu không phải là kìm hãm đổi mới sáng tạo mà là tạo ra một khuôn khổ rõ ràng cho nó', 'Các nước đang phát triển phải có tiếng nói thực sự trong quá trình này', 'Việt Nam sẵn sàng chia sẻ kinh nghiệm và cùng các đối tác thúc đẩy hợp tác quốc tế về AI'],
  },
  page: { sites: ['Tin Tức Số', 'Báo Công Nghệ Việt', 'Thời Báo Quốc Tế'], nav: ['Thời sự', 'Thế giới', 'Kinh tế', 'Công nghệ', 'Văn hóa', 'Thể thao'], cookie: 'Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với chính sách này.', related: 'Tin liên quan', rights: 'Giữ bản quyền nội dung' },
};

export const corpusTemplates: Record<CorpusLang, LangTemplates> = { fr, en, vi };
